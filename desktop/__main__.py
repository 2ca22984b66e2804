import sys

if __name__ == "__main__":
    # The collector decrypts large imports in worker processes; a frozen app must let them start. Only a worker's
    # command line (``--multiprocessing-fork``, what freeze_support looks for) needs multiprocessing imported, so
    # every other start (the employee app's first window above all) goes without it.
    if sys.argv[1:2] == ["--multiprocessing-fork"]:
        import multiprocessing

        multiprocessing.freeze_support()
    from desktop.cli import main

    raise SystemExit(main())
