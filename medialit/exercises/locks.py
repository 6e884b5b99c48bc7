"""Locks for sealed answers: salted digests, encryption, and the grid numbers are checked on.

A lock is a salted SHA-256 check for each accepted answer (a label, a stance, a
grid point) plus a reason encrypted with a key that only an accepted answer
produces. `make_lock` runs when the student pack is built (`medialit.exercises.seal`);
`open_lock` runs in the student's notebook (`medialit.exercises.sealed`).
"""

from __future__ import annotations

import base64
import hashlib
import math
import secrets

GRID_MAX = 5000  # at most this many accepted grid points per number exercise


def _digest(*parts: object) -> bytes:
    hasher = hashlib.sha256()
    for part in parts:
        data = part if isinstance(part, bytes) else str(part).encode("utf-8")
        hasher.update(len(data).to_bytes(4, "big") + data)
    return hasher.digest()


def _stream(key: bytes, length: int) -> bytes:
    blocks = (_digest(b"stream", key, n) for n in range(length // 32 + 1))
    return b"".join(blocks)[:length]


def _xor(data: bytes, pad: bytes) -> bytes:
    return bytes(a ^ b for a, b in zip(data, pad, strict=True))


def encrypt(key: bytes, text: str) -> str:
    """`text` encrypted under `key`, with a tag so a wrong key is noticed.

    >>> box = encrypt(b"k" * 32, "Because.")
    >>> "Because" in box, decrypt(b"k" * 32, box), decrypt(b"x" * 32, box)
    (False, 'Because.', None)
    """
    data = text.encode("utf-8")
    tag = _digest(b"tag", key, data)[:12]
    return base64.b64encode(tag + _xor(data, _stream(key, len(data)))).decode("ascii")


def decrypt(key: bytes, box: str) -> str | None:
    """The text in `box`, or None when `key` is not the one it was sealed with.

    >>> decrypt(b"k" * 32, encrypt(b"k" * 32, "Hi"))
    'Hi'
    """
    raw = base64.b64decode(box)
    tag, body = raw[:12], raw[12:]
    data = _xor(body, _stream(key, len(body)))
    return data.decode("utf-8") if _digest(b"tag", key, data)[:12] == tag else None


def make_lock(salt: str, place: str, tokens: list[str], reason: str) -> dict:
    """A lock that any of `tokens` opens, revealing `reason`; none of them is stored.

    >>> lock = make_lock("s", "ex/1", ["bare"], "Nothing backs it.")
    >>> open_lock(lock, "s", "ex/1", "bare"), open_lock(lock, "s", "ex/1", "source")
    ('Nothing backs it.', None)
    """
    secret = secrets.token_bytes(32)
    keys = []
    for token in tokens:
        key = _digest(b"key", salt, place, token)
        keys.append(
            {
                "check": _digest(b"check", key).hex()[:32],
                "wrapped": base64.b64encode(_xor(secret, _digest(b"wrap", key))).decode(),
            }
        )
    keys.sort(key=lambda k: k["check"])  # the order says nothing about the tokens
    return {"keys": keys, "reason": encrypt(secret, reason)}


def open_lock(lock: dict, salt: str, place: str, token: str) -> str | None:
    """The lock's reason if `token` is one of the accepted answers, else None.

    >>> open_lock(make_lock("s", "q/1", ["who", "others"], "Why."), "s", "q/1", "others")
    'Why.'
    """
    key = _digest(b"key", salt, place, token)
    check = _digest(b"check", key).hex()[:32]
    for entry in lock.get("keys", []):
        if entry.get("check") == check:
            secret = _xor(base64.b64decode(entry["wrapped"]), _digest(b"wrap", key))
            return decrypt(secret, lock["reason"])
    return None


# -- numbers on a grid
def _decimals(value: float) -> int:
    text = f"{value:.10f}".rstrip("0")
    return len(text.split(".")[1]) if "." in text else 0


def number_grid(low: float, high: float) -> tuple[int, list[int]]:
    """The grid's places and the accepted grid points for a range.

    >>> number_grid(2, 2.4)[0], len(number_grid(2, 2.4)[1])
    (2, 41)
    >>> number_grid(3, 3)
    (1, [30])
    """
    places = max(_decimals(low), _decimals(high)) + 1
    while places > -6 and (high - low) * 10**places > GRID_MAX:
        places -= 1
    step = 10.0**-places
    first, last = math.ceil(low / step - 1e-9), math.floor(high / step + 1e-9)
    return places, list(range(first, last + 1))


def grid_point(number: float, places: int) -> str:
    """A typed number as a grid point (what the number locks check).

    >>> grid_point(2.2, 2), grid_point(2.999, 1)
    ('220', '30')
    """
    return str(round(number * 10**places))
