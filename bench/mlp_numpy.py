"""The MLP training step of MlpStep.cs in numpy (float32): relu(x W1 + b1) W2 + b2, mean squared
error against one-hot labels, hand-written backward pass, SGD. Prints steps per second."""
import sys
import time

import numpy as np

BATCH, INPUT, HIDDEN, CLASSES = 256, 1024, 1024, 10
LR = np.float32(0.01)


def main(steps):
    rng = np.random.default_rng(7)
    x = rng.uniform(-1, 1, (BATCH, INPUT)).astype(np.float32)
    y = np.zeros((BATCH, CLASSES), np.float32)
    y[np.arange(BATCH), np.arange(BATCH) % CLASSES] = 1
    w1 = (rng.standard_normal((INPUT, HIDDEN)) * 0.03).astype(np.float32)
    b1 = np.zeros(HIDDEN, np.float32)
    w2 = (rng.standard_normal((HIDDEN, CLASSES)) * 0.03).astype(np.float32)
    b2 = np.zeros(CLASSES, np.float32)
    n = np.float32(BATCH * CLASSES)

    def step():
        nonlocal w1, b1, w2, b2
        h1 = x @ w1 + b1
        h = np.maximum(h1, 0)
        logits = h @ w2 + b2
        d = logits - y
        loss = np.mean(d * d)
        g_logits = (2 / n) * d
        g_w2 = h.T @ g_logits
        g_b2 = g_logits.sum(axis=0)
        g_h = g_logits @ w2.T
        g_h1 = g_h * (h1 > 0)
        g_w1 = x.T @ g_h1
        g_b1 = g_h1.sum(axis=0)
        w1 = w1 - LR * g_w1
        b1 = b1 - LR * g_b1
        w2 = w2 - LR * g_w2
        b2 = b2 - LR * g_b2
        return loss

    for _ in range(3):
        step()
    start = time.perf_counter()
    first = last = None
    for i in range(steps):
        last = step()
        first = last if first is None else first
    elapsed = time.perf_counter() - start
    print("numpy %s: %d steps in %.2f s = %.2f steps/s (loss %.5f -> %.5f)"
          % (np.__version__, steps, elapsed, steps / elapsed, first, last))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
