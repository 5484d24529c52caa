"""The BERT-class peer: a BERT-base token classifier on CPU, as CAMeL Tools' CAMeLBERT NER runs.

The architecture is ``transformers.BertForTokenClassification`` with the BERT-base
configuration (12 layers, hidden size 768, 12 heads, 512 positions; 9 labels, the
BIO tags of CAMeLBERT's ANERcorp NER model).  Its weights are randomly initialised
(``torch.manual_seed(0)``): weights do not change speed, and nothing is downloaded.

Its tokenizer is a BERT WordPiece tokenizer (``BertTokenizerFast``) whose vocabulary
(30,000 pieces, CAMeLBERT's size) is trained here, in a temporary directory, on the
benchmark slice.  Each article is tokenised and cut into windows of at most 512
word pieces ([CLS] + 510 + [SEP]); each window is run through the model (batch of
one, so no padding is computed) and the label of each word's first piece is read
off, as a token-classification NER does.  torch and transformers are optional
benchmark dependencies (``pip install -e '.[bench]'``), never runtime ones.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

LABELS = ("B-LOC", "B-ORG", "B-PERS", "B-MISC", "I-LOC", "I-ORG", "I-PERS", "I-MISC", "O")
VOCAB_SIZE = 30_000
WINDOW = 512


def build_tokenizer(texts: list[str], directory: Path, vocab_size: int = VOCAB_SIZE):
    """A WordPiece vocabulary trained on ``texts``, loaded as a ``BertTokenizerFast``."""
    from tokenizers import BertWordPieceTokenizer
    from transformers import BertTokenizerFast

    wp = BertWordPieceTokenizer(clean_text=True, handle_chinese_chars=False, strip_accents=False,
                                lowercase=False)
    wp.train_from_iterator(texts, vocab_size=vocab_size, min_frequency=2, show_progress=False,
                           special_tokens=["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"])
    wp.save_model(str(directory))
    # from a local directory (vocab.txt): the same call in transformers 4 and 5, never a download
    return BertTokenizerFast.from_pretrained(str(directory), local_files_only=True, do_lower_case=False,
                                             strip_accents=False, tokenize_chinese_chars=False)


def build_model(vocab_size: int, overrides: dict | None = None):
    """``BertForTokenClassification`` with the BERT-base configuration, randomly initialised."""
    import torch
    from transformers import BertConfig, BertForTokenClassification

    cfg = BertConfig(vocab_size=vocab_size, num_labels=len(LABELS),
                     id2label=dict(enumerate(LABELS)), label2id={lab: i for i, lab in enumerate(LABELS)},
                     **(overrides or {}))
    torch.manual_seed(0)
    model = BertForTokenClassification(cfg)
    model.eval()
    return model, cfg


def tag_article(text: str, tokenizer, model, window: int = WINDOW) -> tuple[list[str], int, int]:
    """NER labels for the words of one article; ``(labels, pieces, windows)``."""
    import torch

    enc = tokenizer(text, add_special_tokens=False, truncation=False)
    ids = enc["input_ids"]
    word_ids = enc.word_ids()
    body = window - 2
    cls, sep = tokenizer.cls_token_id, tokenizer.sep_token_id
    preds: list[int] = []
    n_windows = 0
    with torch.inference_mode():
        for s in range(0, max(len(ids), 1), body):
            chunk = [cls, *ids[s:s + body], sep]
            logits = model(input_ids=torch.tensor([chunk], dtype=torch.long)).logits
            preds.extend(logits[0, 1:-1].argmax(-1).tolist())
            n_windows += 1
    labels: list[str] = []
    prev = None
    for p, w in zip(preds, word_ids, strict=True):
        if w is not None and w != prev:
            labels.append(LABELS[p])
        prev = w
    return labels, len(ids), n_windows


def run_peer(vocab_lines: list[str], lines: list[str], tmp: Path, *, threads: int = 1,
             window: int = WINDOW, config_overrides: dict | None = None) -> dict:
    """Time the peer over ``lines`` (JSON records) after one warm-up article."""
    t0 = time.perf_counter()
    import torch

    torch.set_num_threads(threads)
    try:
        torch.set_num_interop_threads(1)
    except RuntimeError:  # already set in this process
        pass
    import transformers

    import_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    tokenizer = build_tokenizer([json.loads(x)["text"] for x in vocab_lines], tmp)
    vocab_s = time.perf_counter() - t1
    t2 = time.perf_counter()
    model, cfg = build_model(len(tokenizer), config_overrides)
    model_s = time.perf_counter() - t2
    tag_article(json.loads(lines[0])["text"][:2000], tokenizer, model, window)  # warm-up, not timed

    pieces = windows = words = 0
    per_article = []
    start = time.perf_counter()
    for line in lines:
        a = time.perf_counter()
        text = json.loads(line)["text"]
        labels, n_pieces, n_windows = tag_article(text, tokenizer, model, window)
        per_article.append(time.perf_counter() - a)
        pieces += n_pieces
        windows += n_windows
        words += len(labels)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "articles": len(lines), "pieces": pieces, "windows": windows,
            "words": words, "window": window, "threads": torch.get_num_threads(),
            "model": "BertForTokenClassification (BERT-base configuration, random init)",
            "layers": cfg.num_hidden_layers, "hidden": cfg.hidden_size, "vocab": len(tokenizer),
            "parameters": sum(p.numel() for p in model.parameters()),
            "torch": torch.__version__, "transformers": transformers.__version__,
            "import_s": round(import_s, 3), "vocab_build_s": round(vocab_s, 3),
            "model_build_s": round(model_s, 3),
            "median_s_per_article": round(sorted(per_article)[len(per_article) // 2], 4)}
