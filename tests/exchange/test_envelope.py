"""The summary envelope: age encryption and armor round-trip, and every reason a file cannot be opened
(wrong key, damage, something else, too large, hostile headers) is one plain envelope error.
"""

from __future__ import annotations

import base64
import re

import pyrage
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pyrage import x25519

from desktop.exchange import envelope
from desktop.exchange.envelope import (
    ARMOR_BEGIN,
    ARMOR_END,
    MAX_ENVELOPE_BYTES,
    BadRecipient,
    DamagedEnvelope,
    EnvelopeError,
    NotAnEnvelope,
    NotForThisKey,
    TooLarge,
    armor,
    dearmor,
    decrypt_summary,
    encrypt_summary,
    summary_file_name,
)
from desktop.exchange.identity import new_identity
from tests.exchange.envelope_cases import SUMMARY


def test_binary_round_trip(keys):
    secret, recipient = keys
    sealed = encrypt_summary(SUMMARY, recipient)
    assert sealed.startswith(b"age-encryption.org/v1\n-> X25519 ")
    assert SUMMARY not in sealed
    assert decrypt_summary(sealed, [secret]) == SUMMARY
    assert decrypt_summary(sealed, [x25519.Identity.from_str(secret)]) == SUMMARY


def test_armored_round_trip_as_text_and_as_bytes(keys):
    secret, recipient = keys
    text = armor(encrypt_summary(SUMMARY, recipient))
    assert text.startswith(ARMOR_BEGIN + "\n") and text.endswith(ARMOR_END + "\n")
    assert decrypt_summary(text, [secret]) == SUMMARY
    assert decrypt_summary(text.encode("ascii"), [secret]) == SUMMARY
    # Pasted from a mail client: CRLF line ends and blank lines around the block.
    pasted = "\r\n\r\n" + text.replace("\n", "\r\n") + "  \r\n"
    assert decrypt_summary(pasted, [secret]) == SUMMARY


def test_armor_layout_is_age_strict_pem(keys):
    sealed = encrypt_summary(SUMMARY * 5, keys[1])
    lines = armor(sealed).splitlines()
    body = lines[1:-1]
    assert lines[0] == "-----BEGIN AGE ENCRYPTED FILE-----"
    assert lines[-1] == "-----END AGE ENCRYPTED FILE-----"
    assert len(body) > 2
    assert all(len(line) == 64 for line in body[:-1])
    assert 0 < len(body[-1]) <= 64
    assert base64.b64decode("".join(body)) == sealed


def test_armor_matches_what_pyrage_itself_writes(keys):
    library_armored = pyrage.encrypt(SUMMARY, [x25519.Recipient.from_str(keys[1])], armored=True).decode("ascii")
    assert armor(dearmor(library_armored)) == library_armored


@given(st.binary(min_size=1, max_size=400))
def test_dearmor_undoes_armor(data):
    assert dearmor(armor(data)) == data


def test_wrong_key_is_not_for_this_key(keys):
    sealed = encrypt_summary(SUMMARY, keys[1])
    other_secret, _ = new_identity()
    with pytest.raises(NotForThisKey, match="encrypted for a different key"):
        decrypt_summary(sealed, [other_secret])
    with pytest.raises(NotForThisKey):
        decrypt_summary(armor(sealed), [other_secret])


def test_any_of_several_keys_opens_it(keys):
    other_secret, _ = new_identity()
    assert decrypt_summary(encrypt_summary(SUMMARY, keys[1]), [other_secret, keys[0]]) == SUMMARY


def _flip(data: bytes, index: int) -> bytes:
    return data[:index] + bytes([data[index] ^ 0x01]) + data[index + 1:]


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda b: b[:-5], id="end cut off"),
        pytest.param(lambda b: b[:len(b) // 3], id="cut inside the header"),
        pytest.param(lambda b: b[:-1] + bytes([b[-1] ^ 0x01]), id="payload byte changed"),
        pytest.param(lambda b: _flip(b, b.index(b"\n--- ") + 8), id="header MAC changed"),
        pytest.param(lambda b: b + b"\x00", id="byte appended"),
        pytest.param(lambda b: b.replace(b"age-encryption.org/v1", b"age-encryption.org/v9"), id="unknown version"),
    ],
)
def test_truncated_or_altered_file_is_damaged(keys, damage):
    sealed = encrypt_summary(SUMMARY, keys[1])
    with pytest.raises(DamagedEnvelope, match="damaged or incomplete") as caught:
        decrypt_summary(damage(sealed), [keys[0]])
    assert not isinstance(caught.value, NotForThisKey)


@pytest.mark.parametrize(
    "data",
    [b"", b"garbage", b'{"format": 1}', "hello", b"\x89PNG\r\n\x1a\n" + bytes(100),
     "-----BEGIN PGP MESSAGE-----\nabcd\n-----END PGP MESSAGE-----\n"],
    ids=["empty", "garbage", "plain json", "plain text", "png", "pgp armor"],
)
def test_something_else_is_not_an_envelope(keys, data):
    with pytest.raises(NotAnEnvelope, match="not an encrypted Candor summary"):
        decrypt_summary(data, [keys[0]])


def _reflow(text: str, width: int) -> str:
    body = "".join(text.splitlines()[1:-1])
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return "\n".join([ARMOR_BEGIN, *lines, ARMOR_END]) + "\n"


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda t: t.replace(ARMOR_END + "\n", ""), id="end line missing"),
        pytest.param(lambda t: "\n".join(t.splitlines()[:-3] + t.splitlines()[-1:]) + "\n", id="lines lost"),
        pytest.param(lambda t: _reflow(t, 76), id="lines too long"),
        pytest.param(lambda t: _reflow(t, 60), id="lines too short"),
        pytest.param(lambda t: t.replace("\n", "\n\n", 2), id="blank line inside"),
        pytest.param(lambda t: t.replace("\n", " \n", 2), id="trailing space inside"),
        pytest.param(lambda t: t.replace(ARMOR_BEGIN + "\n", ARMOR_BEGIN + "\n" + "*" * 64 + "\n"), id="bad char"),
        pytest.param(lambda t: "note: " + t, id="text before the block"),
        pytest.param(lambda t: t + "-- \nsent from my phone\n", id="text after the block"),
    ],
)
def test_damaged_armor_is_damaged(keys, damage):
    text = armor(encrypt_summary(SUMMARY * 3, keys[1]))
    with pytest.raises(DamagedEnvelope):
        decrypt_summary(damage(text), [keys[0]])


def test_non_canonical_base64_in_armor_is_rejected():
    # "QQ==" is canonical for b"A"; "QR==" decodes to the same byte with a stray bit set.
    with pytest.raises(DamagedEnvelope, match="damaged or incomplete"):
        dearmor(f"{ARMOR_BEGIN}\nQR==\n{ARMOR_END}\n")
    assert dearmor(f"{ARMOR_BEGIN}\nQQ==\n{ARMOR_END}\n") == b"A"


def test_oversized_input_is_refused_before_decryption(keys):
    huge = b"age-encryption.org/v1\n" + bytes(MAX_ENVELOPE_BYTES)
    with pytest.raises(TooLarge, match=r"larger than any Candor summary can be \(at most 1.0 MiB\)") as caught:
        decrypt_summary(huge, [keys[0]])
    assert caught.value.size == len(huge) and caught.value.limit == MAX_ENVELOPE_BYTES
    with pytest.raises(TooLarge):
        decrypt_summary(armor(huge), [keys[0]])


def test_size_limit_is_a_parameter(keys):
    sealed = encrypt_summary(SUMMARY, keys[1])
    with pytest.raises(TooLarge, match=f"{len(sealed)} bytes"):
        decrypt_summary(sealed, [keys[0]], max_bytes=len(sealed) - 1)
    assert decrypt_summary(sealed, [keys[0]], max_bytes=len(sealed)) == SUMMARY
    assert decrypt_summary(armor(sealed), [keys[0]], max_bytes=len(sealed)) == SUMMARY


def test_every_reading_failure_is_one_envelope_error_with_a_plain_message(keys):
    for bad in (b"nope", encrypt_summary(SUMMARY, new_identity()[1])):
        with pytest.raises(EnvelopeError) as caught:
            decrypt_summary(bad, [keys[0]])
        assert str(caught.value).endswith(".") and "Error" not in str(caught.value)


def test_bad_recipient_is_refused_with_the_fix(keys):
    with pytest.raises(BadRecipient, match="submission.recipient"):
        encrypt_summary(SUMMARY, "age1notakey")
    with pytest.raises(BadRecipient):
        encrypt_summary(SUMMARY, keys[0])  # the secret key by mistake


def test_summary_file_name_pattern():
    names = {summary_file_name("2025-q3") for _ in range(50)}
    assert len(names) == 50
    assert all(re.fullmatch(r"candor-2025-q3-[0-9a-f]{16}\.age", name) for name in names)
    with pytest.raises(ValueError):
        summary_file_name("../etc")


# --- hostile headers ---------------------------------------------------------------------------------------


def test_a_header_of_many_recipients_is_refused_before_age_sees_it(keys, monkeypatch):
    from tests.hostile import stanzas_to_fill

    secret, recipient = keys
    crafted = stanzas_to_fill(encrypt_summary(SUMMARY, recipient), MAX_ENVELOPE_BYTES)
    assert envelope.count_stanzas(crafted) > 5_000 and len(crafted) <= MAX_ENVELOPE_BYTES
    monkeypatch.setattr(pyrage, "decrypt", lambda *_: pytest.fail("age was asked to decrypt"))
    for data in (crafted, armor(crafted)):
        with pytest.raises(envelope.TooManyRecipients, match=r"names [\d,]+ recipients") as caught:
            decrypt_summary(data, [secret])
        assert isinstance(caught.value, EnvelopeError) and "at most 20" in str(caught.value)


def test_the_usual_headers_are_within_the_bound(keys):
    from tests.hostile import with_stanzas

    secret, recipient = keys
    sealed = encrypt_summary(SUMMARY, recipient)
    assert 1 <= envelope.count_stanzas(sealed) <= 2  # ours, and perhaps rage's "grease" stanza
    several = pyrage.encrypt(SUMMARY, [x25519.Recipient.from_str(recipient)]
                             + [x25519.Identity.generate().to_public() for _ in range(18)])
    assert envelope.count_stanzas(several) in (19, 20)  # 19 recipients, perhaps one grease stanza
    assert decrypt_summary(several, [secret]) == SUMMARY
    crafted = with_stanzas(sealed, envelope.MAX_STANZAS - envelope.count_stanzas(sealed))
    assert envelope.count_stanzas(crafted) == envelope.MAX_STANZAS
    with pytest.raises(DamagedEnvelope):  # read: 20 stanzas are allowed, but added ones break the header's MAC
        decrypt_summary(crafted, [secret])
    with pytest.raises(envelope.TooManyRecipients):
        decrypt_summary(with_stanzas(crafted, 1), [secret])


def test_each_input_is_decrypted_once(keys, monkeypatch):
    secret, recipient = keys
    sealed = encrypt_summary(SUMMARY, recipient)
    calls = []
    real = pyrage.decrypt

    def counting(data, identities):
        calls.append(len(data))
        return real(data, identities)

    monkeypatch.setattr(pyrage, "decrypt", counting)
    for damaged in (sealed[:-3], sealed[:-1] + bytes([sealed[-1] ^ 1])):
        calls.clear()
        with pytest.raises(DamagedEnvelope):
            decrypt_summary(damaged, [secret])
        assert len(calls) == 1


def test_envelope_errors_survive_the_trip_back_from_a_worker():
    import pickle

    for error in (NotForThisKey(), DamagedEnvelope("damaged", "header MAC"), NotAnEnvelope("not age", "no header"),
                  TooLarge(5, 4), envelope.TooManyRecipients(9_000)):
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error) and str(copy) == str(error)
        assert getattr(copy, "detail", None) == getattr(error, "detail", None)
