"""``hadath`` command line: a thin shell over the public API.

Every command is one call into the library; errors become a message on stderr
and an exit code here, and nowhere else.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from . import __version__
from .config import Config
from .errors import HadathError, InputError

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


class Progress:
    """A minimal progress line on stderr (only when stderr is a terminal, or forced)."""

    def __init__(self, total: int | None, label: str, enabled: bool | None = None) -> None:
        self.total, self.label, self.n = total, label, 0
        self.enabled = sys.stderr.isatty() if enabled is None else enabled

    def step(self, k: int = 1) -> None:
        self.n += k
        if self.enabled and (self.n % 10 == 0 or self.n == self.total):
            tot = f"/{self.total}" if self.total else ""
            sys.stderr.write(f"\r{self.label}: {self.n}{tot}")
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled and self.n:
            sys.stderr.write("\n")


def _config(args) -> Config:
    kw = {}
    if getattr(args, "max_chars", None):
        kw["max_chars"] = args.max_chars
    if getattr(args, "no_ner", False):
        kw["use_ner"] = False
    if getattr(args, "ner_document", False):
        kw["ner_document"] = True
    if getattr(args, "home_country", None):
        kw["home_country"] = args.home_country.upper()
    return Config(**kw)


_HOME_HELP = ("the state whose press the articles come from (ISO3, e.g. SAU): the cabinet or a "
              "ministry named bare (مجلس الوزراء، وزارة الخارجية) is that state's; a '# home_country:' "
              "header line overrides it")


def _iter_inputs(paths: list[str], encoding: str) -> Iterator[tuple[str, str, dict]]:
    from .inputs import decode_bytes, read_path, split_header

    for p in paths:
        if p == "-":
            raw = decode_bytes(sys.stdin.buffer.read(), source="standard input", encoding=encoding)
            meta, _ = split_header(raw)
            yield meta.get("id") or "stdin", raw, {}
            continue
        path = Path(p)
        if path.is_dir():
            files = sorted(x for x in path.iterdir() if x.suffix == ".txt" and not x.name.startswith("."))
            for f in files:
                yield from read_path(f, encoding=encoding)
            continue
        if not path.exists():
            raise InputError(f"{p}: no such file or folder", hint="check the path")
        yield from read_path(path, encoding=encoding)


def cmd_extract(args) -> int:
    from .api import default_pipeline
    from .inputs import make_document

    config = _config(args)
    nlp = default_pipeline(config)
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    failures = 0
    progress = Progress(None, "extracting", True if args.progress else None)
    docs = []
    try:
        for doc_id, raw, meta in _iter_inputs(args.paths, args.encoding):
            try:
                doc = make_document(raw, published=args.published or meta.get("published"), id=doc_id,
                                    meta=meta, config=config)
                doc = nlp(doc)
            except InputError as exc:
                failures += 1
                print(f"hadath: {doc_id}: {exc}", file=sys.stderr)
                continue
            d = doc.to_dict(tokens=args.tokens)
            if args.format == "jsonl":
                out.write(json.dumps(d, ensure_ascii=False) + "\n")
            else:
                docs.append(d)
            progress.step()
        if args.format == "json":
            payload = docs[0] if len(docs) == 1 else docs
            out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    finally:
        progress.close()
        if out is not sys.stdout:
            out.close()
    return EXIT_ERROR if failures else EXIT_OK


def cmd_eval(args) -> int:
    from .api import default_pipeline
    from .evaluate import load_gold, score

    gold_dir = Path(args.gold_dir)
    load_gold(gold_dir)  # fail early with a clear message
    nlp = default_pipeline(_config(args))
    preds = {}
    texts = sorted(gold_dir.glob("*.txt"))
    progress = Progress(len(texts), "extracting", True if args.progress else None)
    for doc_id, raw, _meta in _iter_inputs([str(t) for t in texts], "utf-8"):
        preds[doc_id] = nlp(raw, id=doc_id).to_dict()
        progress.step()
    progress.close()
    if args.predictions:
        with open(args.predictions, "w", encoding="utf-8") as fh:
            for d in preds.values():
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    report = score(gold_dir, preds)
    print(json.dumps(report.summary) if args.json else report.format())
    return EXIT_OK


def cmd_eval_gsr(args) -> int:
    from .api import default_pipeline
    from .errors import EvaluationError
    from .evaluate import evaluate_gsr, evaluate_gsr_files

    spans = args.spans or []
    if spans and len(spans) != len(args.sentences):
        raise EvaluationError(f"{len(args.sentences)} sentence files but {len(spans)} span files",
                              hint="give one --spans file per sentences file, in the same order (or none)")
    nlp = default_pipeline(_config(args))
    progress = Progress(None, "extracting", True if args.progress else None)
    if len(args.sentences) == 1:
        result, preds = evaluate_gsr(args.sentences[0], nlp, spans[0] if spans else None, progress)
        every = [preds]
    else:
        result, every = evaluate_gsr_files(list(zip(args.sentences, spans or [None] * len(args.sentences),
                                                    strict=True)), nlp, progress)
    progress.close()
    if args.predictions:
        with open(args.predictions, "w", encoding="utf-8") as fh:
            for preds in every:
                for d in preds.values():
                    fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(json.dumps(result) if args.json else json.dumps(result, indent=1))
    return EXIT_OK


def cmd_tag(args) -> int:
    from .ner.conll import run

    tagger = None
    if args.neural:
        from .ner.neural import load_ensemble

        tagger = load_ensemble()
    run(args.conll, evaluate=args.eval, tagger=tagger)
    return EXIT_OK


def cmd_stages(args) -> int:
    from .stages import REGISTRY

    for s in REGISTRY:
        req = ", ".join(s.requires) or "-"
        print(f"{s.name:<9} requires: {req:<28} provides: {', '.join(s.provides):<22} {s.summary}")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="hadath", description="Arabic news to PLOVER event data.")
    p.add_argument("--version", action="version", version=f"hadath {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    e = sub.add_parser("extract", help="extract entities, times, quotes and events from articles",
                       description="Print one JSON document per article. PATH may be a .txt file "
                                   "(header lines '# key: value' allowed), a folder of .txt files, a "
                                   ".jsonl(.gz) file of {id, text, published} records, or - for stdin.")
    e.add_argument("paths", nargs="+", metavar="PATH")
    e.add_argument("--published", help="publication date YYYY-MM-DD (overrides the file header)")
    e.add_argument("--format", choices=("json", "jsonl"), default="json")
    e.add_argument("--output", "-o", help="write to this file instead of stdout")
    e.add_argument("--tokens", action="store_true", help="include tokens and clitic segments")
    e.add_argument("--encoding", default="utf-8", help="input encoding (default utf-8)")
    e.add_argument("--max-chars", type=int, help="refuse articles longer than this (default 2,000,000)")
    e.add_argument("--no-ner", action="store_true", help="lexicons only, skip the NER model")
    e.add_argument("--ner-document", action="store_true",
                   help="tag each article as a whole with the two-stage NER model (better names, slower)")
    e.add_argument("--home-country", metavar="ISO3", help=_HOME_HELP)
    e.add_argument("--progress", action="store_true", help="show progress on stderr")
    e.set_defaults(func=cmd_extract)

    v = sub.add_parser("eval", help="score extraction on a gold folder (same figures as score.py)")
    v.add_argument("gold_dir", metavar="GOLD_DIR")
    v.add_argument("--json", action="store_true", help="print only the summary as one JSON line")
    v.add_argument("--predictions", help="also write the predictions (JSONL) to this file")
    v.add_argument("--no-ner", action="store_true", help="lexicons only, skip the NER model")
    v.add_argument("--ner-document", action="store_true",
                   help="tag each article as a whole with the two-stage NER model (better names, slower)")
    v.add_argument("--progress", action="store_true", help="show progress on stderr")
    v.set_defaults(func=cmd_eval)

    g = sub.add_parser("eval-gsr", help="score ASSAULT/PROTEST detection on event GSR sentences "
                       "(same figures as score_gsr.py; a sentence with a Gigaword id such as "
                       "AAW_ARB_20071026.0026-2 is dated by it)")
    g.add_argument("sentences", metavar="SENTENCES.jsonl", nargs="+",
                   help="one or more sentence files; with several, each is scored and 'all' "
                        "gives the figures of their counts summed")
    g.add_argument("--spans", metavar="SPANS.jsonl", nargs="+",
                   help="also score actor/recipient countries (one span file per sentences file)")
    g.add_argument("--json", action="store_true", help="print the result as one JSON line")
    g.add_argument("--predictions", help="also write the predictions (JSONL) to this file")
    g.add_argument("--no-ner", action="store_true", help="lexicons only, skip the NER model")
    g.add_argument("--ner-document", action="store_true",
                   help="tag each article as a whole with the two-stage NER model (better names, slower)")
    g.add_argument("--progress", action="store_true", help="show progress on stderr")
    g.set_defaults(func=cmd_eval_gsr)

    t = sub.add_parser("tag", help="NER-tag a CoNLL file (TOKEN<TAB>TAG), or evaluate with --eval")
    t.add_argument("--conll", required=True, metavar="FILE", help="one token per line, blank line "
                   "between sentences; extra columns ignored (the last one is gold with --eval)")
    t.add_argument("--eval", action="store_true", help="print CoNLL precision/recall/F1 instead")
    t.add_argument("--neural", action="store_true", help="average the CRF with the fine-tuned neural "
                   "encoder (more accurate, about thirty times slower)")
    t.set_defaults(func=cmd_tag)

    s = sub.add_parser("stages", help="list the pipeline stages and what they require/provide")
    s.set_defaults(func=cmd_stages)

    from .store.commands import register as register_store_commands

    register_store_commands(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return args.func(args)
    except HadathError as exc:
        print(f"hadath: {exc}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:  # pragma: no cover - e.g. `hadath extract ... | head`
        return EXIT_OK
    except KeyboardInterrupt:  # pragma: no cover
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
