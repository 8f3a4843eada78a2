from wecom_desktop.cli import main

raise SystemExit(main())
