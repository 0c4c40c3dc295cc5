"""The spelling tricks and the writer shared by the lead's set generators (genlead-*.py).
Every trick draws from the module `random`, so a generator that seeds it gets the same
texts on every run."""
import os, random


def swap(w):
    """Two letters swapped, not the first or the last."""
    i = random.randrange(1, len(w)-2)
    return w[:i]+w[i+1]+w[i]+w[i+2:]


def dele(w):
    """One letter dropped, not the first or the last."""
    i = random.randrange(1, len(w)-1)
    return w[:i]+w[i+1:]


def dbl(w):
    """One letter doubled, not the first or the last."""
    i = random.randrange(1, len(w)-1)
    return w[:i]+w[i]+w[i:]


def spaced(w):
    return ' '.join(w)


def leet(w, signs, share):
    """Letters written as the digits or signs of `signs`, each with chance `share`; at least one."""
    out = ''.join(signs[c] if c in signs and random.random() < share else c for c in w)
    if out == w:
        for c in w:
            if c in signs:
                return w.replace(c, signs[c], 1)
    return out


def write_set(name, header, rows):
    """Writes rows (grounds, text, label) to screen/testdata/NAME under a comment header,
    each text once; returns how many were written."""
    seen = set()
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), name), 'w') as f:
        f.write('# ' + header + '\n# grounds TAB text TAB label\ngrounds\ttext\n')
        for g, t, l in rows:
            if t in seen:
                continue
            seen.add(t)
            f.write(f'{g}\t{t}\t{l}\n')
    return len(seen)
