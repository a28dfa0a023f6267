"""warta: Indonesian news articles in, event records out. The stages are listed in ``pipeline.nlp``."""

import os

# One BLAS/OpenMP thread per process, set before numpy loads (OpenBLAS reads it once, when it loads; limiting
# it later, as ``nlp.build`` also does, leaves 2 ms per article of thread overhead): an article is too small to
# split between threads, and ``--workers`` gives each process a core of its own. Settings made outside win.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")
