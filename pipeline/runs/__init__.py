"""Runs over many articles: one article never raising (process), a batch (run), the Dask engine."""
