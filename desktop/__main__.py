import sys

if __name__ == "__main__":
    # The collector decrypts large imports in worker processes. A frozen app starts them (and multiprocessing's
    # resource tracker) as copies of itself, which freeze_support turns into the worker; PyInstaller's runtime hook
    # has imported multiprocessing already. From source they start as `python -c ...` and never come here, so the
    # usual start (the employee app's first window above all) goes without importing multiprocessing.
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()
    from desktop.cli import main

    raise SystemExit(main())
