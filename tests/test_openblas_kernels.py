"""Which OpenBLAS kernels pipeline/__init__.py names before numpy loads (pipeline.openblas_kernels)."""

import pytest

from pipeline import openblas_kernels

AVX512 = "fpu sse sse2 avx avx2 fma avx512f avx512dq avx512cd avx512bw avx512vl avx512_vnni"


@pytest.mark.parametrize(("vendor", "flags", "expected"), [
    ("GenuineIntel", AVX512, "SkylakeX"),                       # Emerald Rapids, which OpenBLAS 0.3.23 reads as Prescott
    ("GenuineIntel", "fpu sse sse2 avx avx2 fma", "Haswell"),
    ("GenuineIntel", "fpu sse sse2 avx avx2", None),            # AVX2 without FMA: OpenBLAS's own choice
    ("GenuineIntel", "fpu sse sse2 avx", None),
    ("GenuineIntel", "fpu avx2 fma avx512f avx512cd", "Haswell"),   # partial AVX-512 (Knights Landing): no SkylakeX
    ("AuthenticAMD", AVX512, "SkylakeX"),                       # Zen 4 and 5, which OpenBLAS 0.3.23 runs as Haswell
    ("AuthenticAMD", "fpu sse sse2 avx avx2 fma", None),        # OpenBLAS knows its Zen kernels
    (None, AVX512, None),                                       # no vendor line (not x86 Linux)
])
def test_kernels_by_flags(vendor: str | None, flags: str, expected: str | None) -> None:
    lines = ["processor\t: 0"] + ([f"vendor_id\t: {vendor}"] if vendor else []) + [f"flags\t\t: {flags}", "", "processor\t: 1"]
    assert openblas_kernels("\n".join(lines)) == expected


def test_no_flags_line() -> None:
    assert openblas_kernels("processor\t: 0\nvendor_id\t: GenuineIntel\n") is None
