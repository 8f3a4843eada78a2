"""Qt widgets, item models, dialogs and worker-thread adapters. Nothing imports this package."""
