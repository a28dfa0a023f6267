"""warta: Indonesian news articles in, event records out. The stages are listed in ``pipeline.nlp``."""

import os

# One BLAS/OpenMP thread per process, set before numpy loads (OpenBLAS reads it once, when it loads; limiting
# it later, as ``nlp.build`` also does, leaves 2 ms per article of thread overhead): an article is too small to
# split between threads, and ``--workers`` gives each process a core of its own. Settings made outside win.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")


def openblas_kernels(cpuinfo: str) -> str | None:
    """The OpenBLAS kernels an Intel CPU's flags allow ("SkylakeX" with AVX-512, "Haswell" with AVX2 and FMA), or an
    AMD CPU's with AVX-512 ("SkylakeX": Zen 4 and 5, which OpenBLAS 0.3.23 does not know and runs on its Haswell
    kernels), read from the text of /proc/cpuinfo; None for another vendor or an older CPU, whose choice stays
    OpenBLAS's own."""
    vendor = flags = None
    for line in cpuinfo.splitlines():
        key, _, value = line.partition(":")
        if key.strip() == "vendor_id" and vendor is None:
            vendor = value.strip()
        elif key.strip() == "flags":
            flags = set(value.split())
            break
    if vendor not in ("GenuineIntel", "AuthenticAMD") or flags is None:
        return None
    if {"avx512f", "avx512bw", "avx512vl", "avx512dq", "avx512cd"} <= flags:
        return "SkylakeX"
    if vendor == "GenuineIntel" and {"avx2", "fma"} <= flags:
        return "Haswell"
    return None


# OpenBLAS picks its kernels by the CPU's model number when it loads. NumPy 1.26 bundles OpenBLAS 0.3.23, which does
# not know Intel's newer models (Emerald Rapids, model 207, on this project's machines) and falls back to its generic
# Prescott kernels, without AVX: the NER then costs 1.4 to 1.7 times as much (alone, on 600 indosum-dev articles,
# 2.3-3.8 against 1.5-2.2 ms an article; 2.6 against 1.5 in benchmarks/throughput.py's stage sample). So the kernels the
# CPU's flags allow are named, before
# numpy loads, unless a setting made outside chose them. They give the same entities but for near-ties of the model's
# scores (one entity of one article in the 23,436 of the two corpora). AMD's AVX-512 CPUs (Zen 4 and 5) are as new to
# it: it runs them on its Haswell kernels, whose products round a row differently with the rows beside it even in the
# blocks ner_inference.MaxoutPrediction feeds them (tests/test_ner_inference.py fails there), so they get the
# SkylakeX kernels too, and the entities of an Intel machine.
if "OPENBLAS_CORETYPE" not in os.environ:
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as _handle:
            _kernels = openblas_kernels(_handle.read(65536))
    except OSError:
        _kernels = None
    if _kernels is not None:
        os.environ["OPENBLAS_CORETYPE"] = _kernels
