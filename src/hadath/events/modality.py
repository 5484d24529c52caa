"""Modality: is the event negated, hypothetical, future, an intention, reported?

Cues are looked for in a short window before the trigger (and before the light
verb that governs an event noun), within the same sentence:

* negation: لم، لن، لا، ليس، عدم، دون، بدون، نفى أن، ما لم;
* hypothesis and genericity: إذا، لو، في حالة، حال، يمكن، قد (+ imperfect)، ربما،
  أي / مثل هذا (+ event noun: "أي هجوم" is not an attack);
* future: سوف، the prefix سـ، لن، من المقرر، من المتوقع، يعتزم، ينوي;
* intention (an aim, not a deed): سعى إلى، جهود لـ، بهدف، محاولة لـ (except attempts
  at violence, which are violence), تستهدف + a masdar, فكرة، دعوة لـ;
* governed irrealis: threats, demands, warnings (حذر ... من الاستمرار في), things avoided
  (لاتقاء، لتفادي), "without" (دون أن), and norms: أهمية، ضرورة، لا بد من anywhere earlier
  in the clause (unless a relative clause tells a deed);
* after an event noun: محتمل، مرتقب، ستكون، قد + imperfect (قمة ... قد تعقد).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..document import Document
from .cues import cue

#: cue-word sets (data/lexicons/cues.tsv, the rows whose use starts "modality:")
NEGATION = cue("NEGATION")
DENIAL = cue("DENIAL")
EXPECTS = cue("EXPECTS")
SAFE_FROM = cue("SAFE_FROM")
HYPOTHETICAL = cue("HYPOTHETICAL")
CONDITIONALS = cue("CONDITIONALS")
GENERIC = cue("GENERIC")
HABITUAL = cue("HABITUAL")
TERMS = cue("TERMS")
FEARS = cue("FEARS")
AFTER_IRREALIS = cue("AFTER_IRREALIS")
FUTURE = cue("FUTURE")
INTENT = cue("INTENT")
WISHES = cue("WISHES")
AIMS = cue("AIMS")
AIMING = cue("AIMING")
WARNINGS = cue("WARNINGS")
PURPOSE = cue("PURPOSE")
NORMATIVE = cue("NORMATIVE")
_INVITATIONS = cue("INVITATIONS")
#: verbs and nouns of accusing (اتهم X بدعم: the support is alleged)
_ACCUSING = frozenset("اتهم اتهمت اتهموا يتهم تتهم يتهمون اتهامه اتهامها اتهامهم اتهام اتهامات متهما متهمه".split())
IRREALIS_GOVERNORS = cue("IRREALIS_GOVERNORS") | _INVITATIONS
REQUEST_GOVERNORS = cue("REQUEST_GOVERNORS")
#: where a request's reach over its object ends
_REQUEST_BOUNDARY = frozenset({".", ":", "؟", "!", "«", "»", "“", "”", '"', "التي", "الذي", "الذين", "ان", "انه", "انها",
                               "بان", "لان", "لدي", "عند", "عندما", "حين", "حيث"}) | frozenset(
    "بعد منذ عقب اثر قبل خلال اثناء اعقاب".split())  # (طالبوا بالإفراج عن طلاب أوقفوا خلال تظاهرة)
#: stances that one may take or not (تأييد الاتفاق أو رفضه)
_STANCES = frozenset({"SUPPORT", "REJECT", "AGREE", "ACCUSE"})
#: an attempted attack or arrest is one (INTENT does not apply to them)
ATTEMPT_OK_TYPES = frozenset({"ASSAULT", "COERCE"})


@dataclass(slots=True)
class Modality:
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    intent: bool = False
    cues: tuple[str, ...] = ()


def modality(doc: Document, ti: int, floor: int, etype: str, *, noun: bool, masdar: bool = False) -> Modality:
    """Modality of the event whose trigger (or governing verb) is token ``ti``; ``masdar``: the
    trigger word may be read as a verbal noun (دعم، تقديم) though its row is a verb's."""
    m = Modality()
    cues: list[str] = []
    tok = doc.tokens[ti]
    if "س" in tok.prefixes or tok.norm.startswith(("سي", "ست", "سن")) and tok.stem != tok.norm and \
            tok.stem[:1] in "يتن":
        m.future = True
        cues.append(tok.text)
    lo = max(floor, ti - 6)
    neg_lo = ti - (2 if noun else 3)  # a negation governs the next verb (لم يزر) or noun (عدم)
    for k in range(ti - 1, lo - 1, -1):
        t = doc.tokens[k]
        w, b = t.norm, t.base
        stem = t.stem
        copula = k + 1 < ti and doc.tokens[k + 1].norm in ("يكن", "تكن", "يكون", "تكون", "يعد", "تعد")
        if w in ("الا", "والا") and k == ti - 1 and not noun and tok.norm[:1] in "يت":
            m.negated = True  # متمنيا عليه ألا يستقيل: "that he not" (أن لا)
            cues.append(t.text)
        elif (w in NEGATION or b in NEGATION or stem in ("عدم",)) and (k >= neg_lo or w == "لن" or
                                                                   (copula and k >= ti - 4)):
            # (لم يكن على توافق مع: a negated copula reaches over its preposition)
            if w == "لا" and k + 1 < len(doc.tokens) and doc.tokens[k + 1].norm in ("سيما", "يزال", "تزال"):
                continue
            m.negated = True
            if w == "لن":
                m.future = True
            cues.append(t.text)
        elif stem in DENIAL and k >= ti - (7 if noun else 6):  # نفت وحدات حماية الشعب حصار المدينة
            m.negated = True
            cues.append(t.text)
        elif w == "ما" and k + 1 < len(doc.tokens) and doc.tokens[k + 1].norm == "لم":
            m.hypothetical = True
            cues.append(t.text)
        elif "كأن" in t.text:  # وكأنها تحتفل بالاتفاق: "as if" (كأن, not كان "was")
            m.hypothetical = True
            cues.append(t.text)
        elif w in HYPOTHETICAL or b in HYPOTHETICAL or stem in HYPOTHETICAL:
            if w == "قد" and k + 1 < len(doc.tokens) and doc.tokens[k + 1].norm[:1] not in "يتن":
                continue  # قد + perfect = "has already", not "may"
            m.hypothetical = True
            cues.append(t.text)
        elif (w in TERMS or b in TERMS) and noun and k == ti - 1:
            m.hypothetical = True
            cues.append(t.text)
        elif (w in GENERIC or b in GENERIC) and noun and k >= ti - 2:
            m.hypothetical = True
            cues.append(t.text)
        elif w in ("اي", "ايه") and not noun and tok.norm[:1] in "يت" and not tok.prefixes:
            m.hypothetical = True  # أي ضربات أمريكية في سوريا تستهدف جيشها: any such strikes, none
            cues.append(t.text)
        elif w in FUTURE or b in FUTURE or stem in FUTURE:
            m.future = True
            cues.append(t.text)
        elif (stem in INTENT or b in INTENT) and etype not in ATTEMPT_OK_TYPES:
            m.intent = True
            cues.append(t.text)
        elif (stem in WISHES or b in WISHES) and etype in ATTEMPT_OK_TYPES:
            m.intent = True  # للاشتباه في أنهم أرادوا خطف جندي: a wish, not an attempt
            cues.append(t.text)
        elif w in AIMS or (w in AIMING and k == ti - 1 and noun):
            m.intent = True  # بهدف اغتياله، تستهدف تفجير مقر البرلمان: an aim, for every type
            cues.append(t.text)
        elif w in PURPOSE or b in PURPOSE:
            m.intent = True  # كي يقوم بهجمات: a purpose, for every type (an attempt is not one)
            cues.append(t.text)
        elif w == "حتي" and k == ti - 1 and not noun and tok.norm[:1] in "يتن":
            m.intent = True  # حتى تفرض العقوبات مجددا: "so that", not yet done
            cues.append(t.text)
    # يمكن أن تشن روسيا هجوما، نفى الجيش أن يكون قد قصف، من المقرر أن يزور: the verb that
    # governs the أن-clause the event is in
    k = floor - 1
    if k > 0 and doc.tokens[k].base in ("ان", "بان"):
        for j in range(k - 1, max(0, k - 6) - 1, -1):
            t = doc.tokens[j]
            if t.norm in (".", "؟", "!", ":") or t.norm in ("«", "“"):
                break
            w, b, stem = t.norm, t.base, t.stem
            if stem in DENIAL or w in DENIAL or (w in ("دون", "بدون") and j == k - 1):
                m.negated = True  # (دون أن تعلن هارف تقديم تنازلات: "without")
            elif j == k - 1 and w in ("وعلي", "شريطه", "بشرط", "شرط"):
                m.hypothetical = True  # وعلى أن تلتزم إيران بتعهداتها، شريطة أن: provided that
            elif w == "قد" and j + 1 < len(doc.tokens) and doc.tokens[j + 1].norm[:1] not in "يتن":
                continue  # كان مسؤول قد قال إن ...: قد + perfect = "had", not "may"
            elif w in HYPOTHETICAL or b in HYPOTHETICAL or stem in HYPOTHETICAL:
                m.hypothetical = True
            elif w in FUTURE or b in FUTURE or stem in FUTURE:
                m.future = True
            elif stem in FEARS or w in FEARS or stem in EXPECTS or w in EXPECTS or b in EXPECTS:
                m.hypothetical = True  # (توقع أن توافق الكويت، من المرجح أن: expected, not done)
            elif (stem in INTENT or b in INTENT or stem in IRREALIS_GOVERNORS) and etype not in ATTEMPT_OK_TYPES:
                m.intent = True
            else:
                continue
            cues.append(t.text)
            break
    # هددت إسرائيل باستهداف قيادة حماس: the threatened strike has not happened (with بـ the
    # threat may name its author in between: هدد وزير الشؤون الاستراتيجية، ليبرمن، باغتيال)
    # (سيضمن رفع العقوبات: a verb row's masdar right after the governor, too)
    governed_masdar = masdar and not tok.prefixes and ti - 1 >= floor and (
        doc.tokens[ti - 1].stem in IRREALIS_GOVERNORS or doc.tokens[ti - 1].norm in IRREALIS_GOVERNORS)
    if noun or governed_masdar:
        reach = (14 if "ب" in tok.prefixes else 4) if noun else 1
        for k in range(ti - 1, max(floor, ti - reach) - 1, -1):
            t = doc.tokens[k]
            if (t.stem in _INVITATIONS or t.base in _INVITATIONS) and doc.tokens[k + 1].norm == "من":
                continue  # بدعوة من التجمع الشبابي: at someone's call, it happened
            if t.stem in IRREALIS_GOVERNORS or t.norm in IRREALIS_GOVERNORS or \
                    (t.norm[:1] == "و" and t.norm[1:] in IRREALIS_GOVERNORS):  # وتحفيزا, kept whole
                m.hypothetical = True
                cues.append(t.text)
                break
    # حث أعضاء الكونغرس على رفض الاتفاق، طلب مودي، أمس، دعم المعارضة: the event a request
    # asks for, its object or its على/إلى-phrase, farther than the governors' reach above
    if (noun or (masdar and not tok.prefixes)) and not m.hypothetical and "ب" not in tok.prefixes:
        for k in range(ti - 1, max(floor, ti - 10) - 1, -1):
            t = doc.tokens[k]
            if t.norm in _REQUEST_BOUNDARY or (t.norm[:1] == "و" and t.norm[1:] in REQUEST_GOVERNORS):
                break
            if t.stem in REQUEST_GOVERNORS or t.norm in REQUEST_GOVERNORS:
                m.hypothetical = True
                cues.append(t.text)
                break
            if t.stem in IRREALIS_GOVERNORS or t.norm in IRREALIS_GOVERNORS:
                break
    # اتهمت وسائل الإعلام الحزب بدعم المتمردين: what one is accused of is alleged (the
    # accusation is the event; violence accused of stays, told as having happened)
    if (noun or masdar) and not m.hypothetical and "ب" in tok.prefixes[:1] and etype not in ("ASSAULT", "COERCE"):
        for k in range(ti - 1, max(floor, ti - 8) - 1, -1):
            t = doc.tokens[k]
            if t.norm in _REQUEST_BOUNDARY:
                break
            if t.stem in _ACCUSING or t.norm in _ACCUSING:
                m.hypothetical = True
                cues.append(t.text)
                break
    # أكد أهمية مواجهة الإرهاب من خلال العمل المشترك والتنسيق والتعاون، لا بد من نشر قوات:
    # what is important or necessary, anywhere later in its clause
    if not m.hypothetical:
        for k in range(ti - 1, floor - 1, -1):
            t = doc.tokens[k]
            if t.norm in ("التي", "الذي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"):
                break  # أكد أهمية الزيارة التي قام بها: the relative clause tells a deed
            if t.base in NORMATIVE or t.norm in NORMATIVE:
                m.hypothetical = True
                cues.append(t.text)
                break
    # حذر المجموعات المسلحة من الاستمرار في إطلاق الصواريخ: what one is warned against
    if noun and not m.hypothetical and any(doc.tokens[k].norm == "من" for k in range(max(floor, ti - 4), ti)):
        for k in range(ti - 1, max(floor, ti - 16) - 1, -1):
            t = doc.tokens[k]
            if t.stem in WARNINGS or t.norm in WARNINGS:
                m.hypothetical = True
                cues.append(t.text)
                break
    # ضربة جوية محتملة، ضربة جوية إسرائيلية ستكون ضد: possible, or told in the future
    if noun:
        sent_end = doc.sentences[tok.sent].token_end
        for k in range(ti + 1, min(sent_end, ti + 4)):
            t = doc.tokens[k]
            if t.norm in AFTER_IRREALIS or t.stem in AFTER_IRREALIS:
                m.hypothetical = True
                cues.append(t.text)
                break
            if not t.is_word:
                break
    # قمة أخرى بين الزعيمين قد تعقد هذا العام: the event noun is the subject of "may be held"
    if noun and not m.hypothetical:
        sent_end = doc.sentences[tok.sent].token_end
        for k in range(ti + 1, min(sent_end - 1, ti + 8)):
            t = doc.tokens[k]
            if not t.is_word or t.norm in ("التي", "الذي", "الذين", "ان", "انه", "انها"):
                break
            if t.norm == "قد" and doc.tokens[k + 1].norm[:1] in "يت":
                m.hypothetical = True
                cues.append(t.text)
                break
    # مناطق آمنة من هجمات النظام، بعيدا عن أعمال الشغب: safe from it, it does not happen there
    if noun and ti >= 2 and doc.tokens[ti - 1].norm in ("من", "عن") and \
            (doc.tokens[ti - 2].norm in SAFE_FROM or doc.tokens[ti - 2].base in SAFE_FROM):
        m.negated = True
        cues.append(doc.tokens[ti - 2].text)
    # تملك حق النقض، حق التظاهر: a right to the event, not the event
    if noun and ti >= 1 and doc.tokens[ti - 1].norm in ("حق", "الحق", "وحق") and ti - 1 >= floor:
        m.hypothetical = True
        cues.append(doc.tokens[ti - 1].text)
    # مثل هذا الهجوم: a generic mention of the event kind
    if noun and ti >= 2 and doc.tokens[ti - 2].norm == "مثل" and doc.tokens[ti - 1].norm in ("هذا", "هذه"):
        m.hypothetical = True
        cues.append("مثل")
    # في حال خالفت إيران التزاماتها، فسيكون بوسع المجلس إعادة فرض العقوبات: the whole
    # sentence after a condition is hypothetical
    if not m.hypothetical:
        sent = doc.sentences[tok.sent]
        for k in range(sent.token_start, min(ti, lo)):
            t = doc.tokens[k]
            if t.norm in CONDITIONALS or t.base in CONDITIONALS or \
                    (t.base == "حال" and k > sent.token_start and doc.tokens[k - 1].norm == "في"):
                m.hypothetical = True
                cues.append(t.text)
                break
    # لتأييد الاتفاق أو رفضه: one of two courses still open, neither taken
    sent_end = doc.sentences[tok.sent].token_end
    if etype in _STANCES and (ti - 1 >= floor and doc.tokens[ti - 1].norm in ("او", "ام") or
                              ti + 1 < len(doc.tokens) and doc.tokens[ti + 1].norm in ("او", "ام") or
                              any(doc.tokens[k].norm in ("او", "ام") and doc.tokens[k + 1].norm in ("لم", "لا")
                                  for k in range(ti + 1, min(sent_end - 1, ti + 5)))):
        # (صادق الكونغرس أو لم يصادق: whether or not)
        m.hypothetical = True
        cues.append("او")
    # إما أنه قتل أو انتحر أو سقط: one of several possibilities, none of them told as fact
    # (إما is told from أما "as for" by its hamza: both are normalised to اما)
    sent_start = doc.sentences[tok.sent].token_start
    if not m.hypothetical and \
            any(doc.tokens[k].text.lstrip("و") == "إما" for k in range(max(sent_start, ti - 4), ti)) and \
            any(doc.tokens[k].norm == "او" for k in range(ti + 1, min(sent_end, ti + 8))):
        m.hypothetical = True
        cues.append("إما")
    m.cues = tuple(cues)
    return m
