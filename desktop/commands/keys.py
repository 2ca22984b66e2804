"""`candor keys new [--out FILE]`: create the compliance team's key pair.

The secret key goes into the OS keyring, or into FILE (mode 0600) when the
analyst names one. Only the public recipient is printed (on stdout, as the
``[submission]`` lines to paste into the organization policy); where the
secret went is said on stderr. The secret itself is never printed.
"""

from __future__ import annotations

import sys

from keyring.backend import KeyringBackend

from desktop.exchange.identity import (
    ACCOUNT,
    SERVICE,
    IdentityError,
    IdentityExists,
    KeyringUnavailable,
    new_identity,
    store_identity_in_keyring,
    write_identity_file,
)

EXIT_OK, EXIT_FAILED = 0, 1


def run_keys_new(out: str | None, *, backend: KeyringBackend | None = None) -> int:
    """Create a key pair, keep the secret (FILE or keyring), print the recipient; returns the exit code."""
    secret, recipient = new_identity()
    try:
        if out:
            path = write_identity_file(out, secret)
            where = (f"The secret key is in {path}, readable only by you. Keep it safe and keep a backup copy: "
                     "without it no summary sent to this recipient can be read, and anyone holding it can read "
                     "them all. Give Candor's collector this file to open summaries.")
        else:
            name = store_identity_in_keyring(secret, backend)
            where = (f"The secret key is stored in your system keyring ({name}) as '{ACCOUNT}' of "
                     f"'{SERVICE}'. Keep this keyring safe: if it is lost, no summary sent to this recipient can "
                     "be read. For a key you can back up, run `candor keys new --out FILE` instead.")
    except KeyringUnavailable as exc:
        print(f"candor: {exc} Run `candor keys new --out FILE` to keep the key in a file instead.",
              file=sys.stderr)
        return EXIT_FAILED
    except IdentityExists as exc:
        hint = "" if out else " To create another key, run `candor keys new --out FILE`."
        print(f"candor: {exc}{hint}", file=sys.stderr)
        return EXIT_FAILED
    except IdentityError as exc:
        print(f"candor: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print("[submission]")
    print(f'recipient = "{recipient}"')
    print(f"{where}\nPut the two lines above into the organization policy; the recipient is public, not a secret.",
          file=sys.stderr)
    return EXIT_OK
