"""Local persistence: the encrypted sqlite-utils store and its data key.

Start-up: ``paths.resolve_data_dir`` -> ``startup.open_store`` (private folder,
candor.db, ``keys.KeyManager``) -> ``KeyManager.mode()`` -> create or unlock the
key (keyring or passphrase) -> ``store.Store(db, key)``, the only object the UI
keeps. ``wipe.delete_all_data`` is "Delete all my data". Errors are in
``errors``; every one is a ``StoreError`` whose message can be shown as is.

Nothing is imported here, so importing ``desktop.storage`` costs nothing at start-up.
"""
