import multiprocessing

if __name__ == "__main__":
    # A frozen bundle re-runs its executable for SDK worker processes: let those serve, not parse arguments.
    multiprocessing.freeze_support()
    from wecom_desktop.cli import run

    run()
