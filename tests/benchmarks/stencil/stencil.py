#!/usr/bin/env python3
"""Cost of one application of the 5-point finite-volume diffusion operator with per-face weights on a 512 x 512 grid,
no-flux faces -- the same operator as TwinVal's DiffusionOperator.Apply (flux form, weights w_f = D_f/h^2 stored per
face) -- in NumPy, as a method-of-lines right-hand side would evaluate it. Median of 50 applications after a warm-up.
Run with MALLOC_MMAP_THRESHOLD_/MALLOC_TRIM_THRESHOLD_ raised (compare.sh does), see benchmarks.md."""
import statistics
import time

import numpy as np

N = 512
h = 1.0 / N
x = (np.arange(N) + 0.5) * h
u = np.cos(2 * np.pi * x)[None, :] * np.cos(2 * np.pi * x)[:, None]
wx = np.full((N, N - 1), 1e-3 / h ** 2)  # face between (j, i) and (j, i+1)
wy = np.full((N - 1, N), 1e-3 / h ** 2)  # face between (j, i) and (j+1, i)
out = np.empty_like(u)


def apply(u, out):
    fx = wx * (u[:, 1:] - u[:, :-1])
    fy = wy * (u[1:, :] - u[:-1, :])
    out[:] = 0.0
    out[:, :-1] += fx
    out[:, 1:] -= fx
    out[:-1, :] += fy
    out[1:, :] -= fy


apply(u, out)
times = []
for _ in range(50):
    start = time.perf_counter()
    apply(u, out)
    times.append(time.perf_counter() - start)
print(f"numpy,512x512,{statistics.median(times) * 1e3:.3f} ms,checksum {float(np.sum(np.abs(out))):.6e}")
