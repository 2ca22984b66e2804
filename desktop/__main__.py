import multiprocessing

from desktop.cli import main

if __name__ == "__main__":
    # The collector decrypts large imports in worker processes; a frozen app must let them start.
    multiprocessing.freeze_support()
    raise SystemExit(main())
