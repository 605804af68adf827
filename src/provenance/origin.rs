//! The origin of each sentence: the outlet that first reported it, with the
//! evidence, combining
//!
//! * **cue** (weight 1): the sentence credits an outlet or institution
//!   ([`crate::attribution::cues`]); an interviewer counts 0.9, or 0.2 when the sentence
//!   also has an institution's statement;
//! * **context**: a sentence without a cue that continues the previous one
//!   ("He added that…", a quote running on) inherits its origin at 0.9 in
//!   the same paragraph, 0.7 from the paragraph before; any other sentence
//!   of the paragraph at 0.2 (not enough alone);
//! * **quote** (0.7): a speaker linked to an outlet anywhere in the corpus
//!   ([`super::speakers`]) says something in the sentence;
//! * **passage**: each other document's witness of the same passage brings
//!   its own cue, context and quote evidence × its similarity × 0.8, so a
//!   fact credited to the Times in one document is the Times' wherever it
//!   is carried, and three documents crediting Tasnim outweigh one crediting
//!   state TV;
//! * **document** (0.5 for content only this document has, 0.4 for shared
//!   content): the document's own outlet, when known, for a sentence whose
//!   other evidence is weak (under twice [`MIN_SCORE`]) and that carries the reporter's own checking: a figure
//!   (not a year), a request for comment, what "officials said", footage
//!   watched. Other uncredited prose, and headings, are the writer's own.
//!
//! Each outlet's score is its best evidence in the sentence itself plus,
//! for each other document, its best passage evidence. The best-scoring
//! outlet (from [`MIN_SCORE`]) is the origin; the others are alternatives.
//! A sentence with no evidence is `own` (the document's own writing); page
//! furniture ([`super::furniture`]) is `boilerplate`, neither credited nor
//! crediting.

use super::basis::{Basis, Cues};
use super::copies::copies;
use super::document::{carrier_outlet, document_outlet, names_writer};
use super::restated::take_later_credit;
use super::speakers::Speakers;
use super::wording::{
    continues_statement, gathered, in_concessive_clause, introduces_statement, same_paragraph,
};
use crate::align::Alignment;
use crate::attribution::cues::{document_cues, Cue, Role};
use crate::attribution::outlets::Registry;
use crate::model::{Document, Span};
use crate::page::credits::relays_wire_copy;
use crate::page::furniture::furniture;
use crate::similarity::{Profiles, DEFAULT_MIN_SIMILARITY};

/// Least score for an outlet to be a sentence's origin.
pub const MIN_SCORE: f32 = 0.25;
/// Share of a witness's evidence its passage's other witnesses receive.
const PASSAGE_FACTOR: f32 = 0.8;
/// Weight (× similarity) of an outlet whose own document carries a passage,
/// for a document that credits that outlet elsewhere, or that names no
/// outlet of its own and carries a close copy.
const CREDITED_CARRIER: f32 = 0.6;
/// Least similarity of two witnesses for one to be a copy of the other.
const COPY_SIMILARITY: f32 = 0.6;
/// A speaker's cue this strong makes the sentence that speaker's
/// statement: other versions' evidence then only weighs the sentence's own
/// credits against each other.
const OWN_CREDIT: f32 = 0.9;

/// Where a sentence's content comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Origin {
    /// An outlet or institution of the registry (its index).
    Outlet(usize),
    /// The document's own writing: no traceable source.
    Own,
    /// Page furniture, not story text.
    Boilerplate,
}

impl Origin {
    /// The id used in output: the outlet's id, `own` or `boilerplate`.
    pub fn id<'r>(&self, registry: &'r Registry) -> &'r str {
        match self {
            Origin::Outlet(o) => &registry.outlets[*o].id,
            Origin::Own => "own",
            Origin::Boilerplate => "boilerplate",
        }
    }
}

/// What kind of evidence supports an origin.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EvidenceKind {
    /// A cue in the sentence.
    Cue,
    /// A cue earlier in the paragraph that the sentence continues.
    Context,
    /// Another document's witness of the same passage.
    Passage,
    /// The document's own outlet.
    Document,
    /// A speaker linked to the outlet.
    Quote,
    /// A later sentence of the same document, credited, that this headline
    /// or lede restates.
    Restated,
}

impl EvidenceKind {
    /// The name used in output.
    pub fn name(self) -> &'static str {
        match self {
            EvidenceKind::Cue => "cue",
            EvidenceKind::Context => "context",
            EvidenceKind::Passage => "passage",
            EvidenceKind::Document => "document",
            EvidenceKind::Quote => "quote",
            EvidenceKind::Restated => "restated",
        }
    }
}

/// One piece of evidence for an outlet.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Evidence {
    /// What kind.
    pub kind: EvidenceKind,
    /// The document and sentence where it was found.
    pub doc: usize,
    /// Sentence index in that document.
    pub sentence: usize,
    /// The words that carry it (a cue phrase, a speaker's name, a sentence).
    pub span: Span,
    /// The outlet it points to.
    pub outlet: usize,
    /// How much it counts, 0–1.
    pub weight: f32,
}

/// The origin of one sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct SentenceTrace {
    /// The origin.
    pub origin: Origin,
    /// How sure, 0–1: the origin's share of all the evidence, capped by its
    /// own strength.
    pub confidence: f32,
    /// The evidence, strongest first.
    pub evidence: Vec<Evidence>,
    /// Other candidate origins with their confidence, best first.
    pub alternatives: Vec<(Origin, f32)>,
    /// Why it has this origin (see [`Basis`]).
    pub basis: Basis,
    /// Who spoke, when the sentence reports a statement: the origin itself,
    /// or the person an interviewer outlet talked to (a registry index).
    pub speaker: Option<usize>,
    /// For a copy: the (document, sentence) that carries the credit.
    pub via: Option<(usize, usize)>,
}

/// Which outlet a document is, and why.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DocumentOutlet {
    /// The outlet (its registry index), when known.
    pub outlet: Option<usize>,
    /// True when `--label` gave it.
    pub labelled: bool,
    /// The outlet the metadata (`--meta`) gives, when it gives one: shown
    /// beside the text's own evidence, a conflict when they differ.
    pub meta: Option<usize>,
    /// The cues that made it, with the document each stands in (empty when
    /// labelled or unknown).
    pub cues: Vec<(usize, Cue)>,
}

impl DocumentOutlet {
    /// The outlet is the metadata's alone: the text names none.
    pub fn from_meta(&self) -> bool {
        !self.labelled && self.cues.is_empty() && self.outlet.is_some() && self.outlet == self.meta
    }

    /// The metadata gives another outlet than the one the document is
    /// taken to be.
    pub fn conflict(&self) -> bool {
        matches!((self.outlet, self.meta), (Some(a), Some(b)) if a != b)
    }
}

/// The origins of every sentence of every document.
#[derive(Debug, Clone, PartialEq)]
pub struct Trace {
    /// Each document's outlet.
    pub outlets: Vec<DocumentOutlet>,
    /// `sentences[d][s]`: the origin of sentence `s` of document `d`.
    pub sentences: Vec<Vec<SentenceTrace>>,
    /// `cues[d][s]`: the attribution cues of sentence `s` of document `d`
    /// the origins were read from (read once; `lineage` reads who credits
    /// whom from them).
    pub cues: Vec<Vec<Vec<Cue>>>,
}

/// Trace every sentence of `docs` (aligned as `alignment`, their sentences
/// profiled as `profiles`: [`crate::align::align_profiled`]). `labels[d]`,
/// when given, is document `d`'s outlet, overriding the inference;
/// `meta[d]`, when given, is the outlet its metadata gives, taken when the
/// text names none.
pub fn trace(
    docs: &[Document],
    alignment: &Alignment,
    profiles: &Profiles,
    registry: &Registry,
    labels: &[Option<usize>],
    meta: &[Option<usize>],
) -> Trace {
    let furniture: Vec<Vec<bool>> = docs.iter().map(|d| furniture(d, registry)).collect();
    let all_cues: Vec<Vec<Vec<Cue>>> = docs.iter().map(|d| document_cues(d, registry)).collect();
    let mut outlets: Vec<DocumentOutlet> = docs
        .iter()
        .enumerate()
        .map(|(d, doc)| {
            let meta = meta.get(d).copied().flatten();
            match labels.get(d).copied().flatten() {
                Some(o) => DocumentOutlet {
                    outlet: Some(o),
                    labelled: true,
                    meta,
                    cues: Vec::new(),
                },
                None => document_outlet(doc, &all_cues[d], registry)
                    .map(|(o, cues)| DocumentOutlet {
                        outlet: Some(o),
                        labelled: false,
                        meta,
                        cues: cues.into_iter().map(|c| (d, c)).collect(),
                    })
                    .unwrap_or(DocumentOutlet {
                        outlet: meta,
                        labelled: false,
                        meta,
                        cues: Vec::new(),
                    }),
            }
        })
        .collect();
    for (d, known) in outlets.iter_mut().enumerate() {
        if known.outlet.is_none() {
            if let Some((o, cues)) = carrier_outlet(d, docs, alignment, &all_cues, registry) {
                *known = DocumentOutlet {
                    outlet: Some(o),
                    labelled: false,
                    meta: None,
                    cues,
                };
            }
        }
    }
    let credited: Vec<Vec<usize>> = all_cues
        .iter()
        .map(|doc_cues| {
            let mut o: Vec<usize> = doc_cues
                .iter()
                .flatten()
                .filter(|c| c.role.credits() && !registry.outlets[c.outlet].is_speaker())
                .map(|c| c.outlet)
                .collect();
            o.sort_unstable();
            o.dedup();
            o
        })
        .collect();
    let speakers = Speakers::find(docs, &all_cues, registry);
    let local: Vec<Vec<Vec<Evidence>>> = docs
        .iter()
        .enumerate()
        .map(|(d, doc)| local_evidence(d, doc, &all_cues[d], &furniture[d], &speakers, registry))
        .collect();
    let mut passages_of: Vec<Vec<Vec<usize>>> = docs
        .iter()
        .map(|d| vec![Vec::new(); d.sentences.len()])
        .collect();
    for (p, passage) in alignment.passages.iter().enumerate() {
        for m in &passage.members {
            passages_of[m.doc][m.sentence].push(p);
        }
    }
    let relays: Vec<bool> = docs.iter().map(relays_wire_copy).collect();
    let copies = copies(alignment, profiles, &furniture);
    let context = Context {
        profiles,
        copies: &copies,
        docs,
        alignment,
        local: &local,
        furniture: &furniture,
        outlets: &outlets,
        credited: &credited,
        relays: &relays,
    };
    let cue_index = Cues {
        docs,
        cues: &all_cues,
        registry,
    };
    let sentences = docs
        .iter()
        .enumerate()
        .map(|(d, doc)| {
            let mut out: Vec<SentenceTrace> = Vec::with_capacity(doc.sentences.len());
            for s in 0..doc.sentences.len() {
                if furniture[d][s] {
                    out.push(SentenceTrace {
                        origin: Origin::Boilerplate,
                        confidence: 0.9,
                        evidence: Vec::new(),
                        alternatives: Vec::new(),
                        basis: Basis::Boilerplate,
                        speaker: None,
                        via: None,
                    });
                    continue;
                }
                // The paragraph context comes from the previous sentence's
                // decided origin, not its local evidence.
                let mut evidence: Vec<Evidence> = local[d][s]
                    .iter()
                    .filter(|e| e.kind != EvidenceKind::Context)
                    .copied()
                    .collect();
                // A statement of a speaker named in the sentence itself
                // (`The British government said`) is that speaker's: other
                // versions' credits choose among the sentence's own credits
                // and add none.
                let own_credits: Vec<usize> = evidence
                    .iter()
                    .filter(|e| {
                        e.kind == EvidenceKind::Cue
                            && e.weight >= OWN_CREDIT
                            && registry.outlets[e.outlet].is_speaker()
                    })
                    .map(|e| e.outlet)
                    .collect();
                evidence.extend(
                    context
                        .passage_evidence(d, s, &passages_of[d][s])
                        .into_iter()
                        .filter(|e| own_credits.is_empty() || own_credits.contains(&e.outlet)),
                );
                if let Some(e) = continued_origin(doc, d, s, &evidence, out.last()) {
                    evidence.push(e);
                }
                let shared = !passages_of[d][s].is_empty();
                let mut t = decide(d, s, doc, evidence, outlets[d].outlet, shared);
                cue_index.resolve(d, s, &mut t, out.last());
                out.push(t);
            }
            take_later_credit(d, doc, &mut out);
            out
        })
        .collect();
    Trace {
        outlets,
        sentences,
        cues: all_cues,
    }
}

/// Cue, quote and context evidence of each sentence of document `d`.
fn local_evidence(
    d: usize,
    doc: &Document,
    cues: &[Vec<Cue>],
    furniture: &[bool],
    speakers: &Speakers,
    registry: &Registry,
) -> Vec<Vec<Evidence>> {
    let mut out: Vec<Vec<Evidence>> = Vec::with_capacity(cues.len());
    for (s, sentence_cues) in cues.iter().enumerate() {
        let mut ev = Vec::new();
        if furniture[s] {
            out.push(ev);
            continue;
        }
        let outlets = &registry.outlets;
        let has_source = sentence_cues
            .iter()
            .any(|c| c.role == Role::Source && outlets[c.outlet].is_institution());
        let interviewed = sentence_cues.iter().any(|c| c.role == Role::Interviewer);
        for c in sentence_cues.iter().filter(|c| c.role.credits()) {
            if outlets[c.outlet].is_discovered() {
                // A person talking to an outlet, now or elsewhere in the corpus,
                // is that outlet's reporting; the person stands beside it.
                let surname = doc.slice(c.span).split_whitespace().next_back();
                let linked = outlets[c.outlet]
                    .aliases
                    .iter()
                    .chain(surname.map(str::to_string).as_ref())
                    .any(|a| speakers.outlet_of(a).is_some());
                // `He added that the immigration service has decided…`: a
                // statement inside another one is its content. A private
                // person (`a resident`) spoke to the writer.
                let opening = &doc.text[doc.sentences[s].span.start..c.span.start];
                let private = outlets[c.outlet].is_private();
                if interviewed
                    || linked
                    || private
                    || introduces_statement(opening, &doc.lexicon.speakers)
                {
                    continue;
                }
            }
            if names_writer(doc, s, c) {
                continue;
            }
            let start = doc.sentences[s].span.start;
            let at = Span::new(c.span.start - start, c.span.end - start);
            if in_concessive_clause(doc.sentence_text(s), at, &doc.lexicon) {
                continue;
            }
            let weight = match c.role {
                Role::Interviewer if has_source => 0.2,
                Role::Interviewer => 0.9,
                _ => 1.0,
            };
            ev.push(Evidence {
                kind: EvidenceKind::Cue,
                doc: d,
                sentence: s,
                span: c.span,
                outlet: c.outlet,
                weight,
            });
        }
        let text = doc.sentence_text(s);
        if ev.is_empty() {
            if let Some((span, outlet)) = speakers.speaker_in(text, &doc.lexicon.speakers) {
                let start = doc.sentences[s].span.start;
                ev.push(Evidence {
                    kind: EvidenceKind::Quote,
                    doc: d,
                    sentence: s,
                    span: Span::new(start + span.start, start + span.end),
                    outlet,
                    weight: 0.7,
                });
            }
        }
        let credited = ev.iter().any(|e| e.kind == EvidenceKind::Cue);
        if !credited && s > 0 && same_paragraph(doc, s - 1, s) {
            let factor = if continues_statement(doc, s) {
                0.9
            } else {
                0.35
            };
            let inherited: Vec<Evidence> = out[s - 1]
                .iter()
                .filter(|e| e.kind != EvidenceKind::Quote || factor > 0.5)
                .map(|e| Evidence {
                    kind: EvidenceKind::Context,
                    weight: e.weight * factor,
                    ..*e
                })
                .collect();
            ev.extend(inherited);
        }
        out.push(ev);
    }
    out
}

/// What [`Context::passage_evidence`] needs to see of the whole corpus.
struct Context<'a> {
    docs: &'a [Document],
    alignment: &'a Alignment,
    local: &'a [Vec<Vec<Evidence>>],
    furniture: &'a [Vec<bool>],
    outlets: &'a [DocumentOutlet],
    credited: &'a [Vec<usize>],
    /// Documents that relay wire copy (`Agencies said…`).
    relays: &'a [bool],
    /// The sentences' terms, to tell a copy from a witness of the same
    /// passage in other words.
    profiles: &'a Profiles,
    /// For each document, the documents it is a copy of or that copy it.
    copies: &'a [Vec<usize>],
}

impl Context<'_> {
    /// Evidence that other documents' witnesses of the sentence's passages
    /// bring: their own cue, context and quote evidence; and, when this
    /// document credits an outlet somewhere and that outlet's own document
    /// carries the passage, that outlet.
    fn passage_evidence(&self, d: usize, s: usize, passages: &[usize]) -> Vec<Evidence> {
        let mut out = Vec::new();
        for &p in passages {
            let passage = &self.alignment.passages[p];
            let Some(me) = passage
                .members
                .iter()
                .find(|m| m.doc == d && m.sentence == s)
            else {
                continue;
            };
            for m in passage.members.iter().filter(|m| m.doc != d) {
                if self.furniture[m.doc][m.sentence] {
                    continue;
                }
                let similarity = m.similarity.min(me.similarity).max(0.3);
                for e in &self.local[m.doc][m.sentence] {
                    // A witness that carries the passage in one clause
                    // (`Sunak said …, while ministers in Kigali take issue
                    // with the ruling`) brings only the credits of that
                    // clause: another clause's speaker said something else.
                    let elsewhere = m.clause.is_some_and(|c| {
                        e.sentence == m.sentence && (e.span.start < c.start || e.span.end > c.end)
                    });
                    if elsewhere && e.kind != EvidenceKind::Context {
                        continue;
                    }
                    out.push(Evidence {
                        kind: EvidenceKind::Passage,
                        weight: e.weight * similarity * PASSAGE_FACTOR,
                        ..*e
                    });
                }
                // A document that relays wire copy is not the author of the
                // text it carries: its outlet is no source for a copy.
                let author = self.outlets[m.doc].outlet.filter(|_| !self.relays[m.doc]);
                if let Some(o) = author {
                    // A close copy in a document that names no outlet of its
                    // own, or that relays wire copy, is the reporting of the
                    // outlet whose text it copies.
                    let relay = self.relays[d] && !self.relays[m.doc];
                    // A copy is close to this sentence itself, not only to
                    // some witness of the passage.
                    let pair = self
                        .profiles
                        .sentence_similarity(d, s, m.doc, m.sentence)
                        .score;
                    // In a copy of a whole text, a paraphrased sentence is
                    // copied too.
                    let least = if self.copies[d].contains(&m.doc) {
                        DEFAULT_MIN_SIMILARITY
                    } else {
                        COPY_SIMILARITY
                    };
                    let copy = (self.outlets[d].outlet.is_none() || relay) && pair >= least;
                    if self.credited[d].contains(&o) || copy {
                        out.push(Evidence {
                            kind: EvidenceKind::Passage,
                            doc: m.doc,
                            sentence: m.sentence,
                            span: self.docs[m.doc].sentences[m.sentence].span,
                            outlet: o,
                            weight: CREDITED_CARRIER * similarity,
                        });
                    }
                }
            }
        }
        out
    }
}

/// Context evidence from the previous sentence's decided origin, when
/// sentence `s` has no cue of its own and continues it in its paragraph.
fn continued_origin(
    doc: &Document,
    d: usize,
    s: usize,
    evidence: &[Evidence],
    previous: Option<&SentenceTrace>,
) -> Option<Evidence> {
    let prev = previous?;
    let Origin::Outlet(o) = prev.origin else {
        return None;
    };
    if s == 0 || evidence.iter().any(|e| e.kind == EvidenceKind::Cue) {
        return None;
    }
    let continuing = continues_statement(doc, s);
    let weight = match (same_paragraph(doc, s - 1, s), continuing) {
        (true, true) => 0.9,
        (false, true) => 0.7,
        (true, false) => 0.2,
        (false, false) => return None,
    };
    Some(Evidence {
        kind: EvidenceKind::Context,
        doc: d,
        sentence: s - 1,
        span: doc.sentences[s - 1].span,
        outlet: o,
        weight,
    })
}

/// The origin from the evidence of sentence `s` of document `d`.
fn decide(
    d: usize,
    s: usize,
    doc: &Document,
    mut evidence: Vec<Evidence>,
    doc_outlet: Option<usize>,
    shared: bool,
) -> SentenceTrace {
    let mut scores = scores(d, &evidence);
    let best = scores.first().map_or(0.0, |x| x.1);
    let text = doc.sentence_text(s);
    let heading = doc.sentences[s].heading;
    if best < 2.0 * MIN_SCORE && !heading && gathered(text, &doc.lexicon.origin) {
        if let Some(o) = doc_outlet {
            let weight = if shared { 0.4 } else { 0.5 };
            evidence.push(Evidence {
                kind: EvidenceKind::Document,
                doc: d,
                sentence: s,
                span: doc.sentences[s].span,
                outlet: o,
                weight,
            });
            scores = scores_with(scores, o, weight);
        }
    }
    evidence.sort_by(|a, b| b.weight.total_cmp(&a.weight));
    // A witness met in two passages of the sentence is one piece of
    // evidence, at its best weight.
    let mut seen = Vec::with_capacity(evidence.len());
    evidence.retain(|e| {
        let key = (e.kind, e.doc, e.sentence, e.span, e.outlet);
        let new = !seen.contains(&key);
        seen.push(key);
        new
    });
    let total: f32 = scores.iter().map(|x| x.1).sum();
    let confidence = |score: f32| {
        if total > 0.0 {
            (score / total) * score.min(1.0)
        } else {
            0.0
        }
    };
    match scores.first() {
        Some(&(o, score)) if score >= MIN_SCORE => SentenceTrace {
            origin: Origin::Outlet(o),
            confidence: confidence(score),
            evidence,
            alternatives: scores[1..]
                .iter()
                .map(|&(o, x)| (Origin::Outlet(o), confidence(x)))
                .collect(),
            basis: Basis::default(),
            speaker: None,
            via: None,
        },
        _ => SentenceTrace {
            origin: Origin::Own,
            confidence: 1.0 - best.min(MIN_SCORE) / MIN_SCORE * 0.5,
            evidence,
            alternatives: scores
                .iter()
                .map(|&(o, x)| (Origin::Outlet(o), confidence(x)))
                .collect(),
            basis: Basis::default(),
            speaker: None,
            via: None,
        },
    }
}

/// Each outlet's score: its best evidence in document `d` itself plus, for
/// each other document, its best passage evidence from there. Best first.
fn scores(d: usize, evidence: &[Evidence]) -> Vec<(usize, f32)> {
    let mut best: Vec<(usize, usize, f32)> = Vec::new(); // (outlet, doc, weight)
    for e in evidence {
        let source_doc = if e.kind == EvidenceKind::Passage {
            e.doc
        } else {
            d
        };
        match best
            .iter_mut()
            .find(|x| x.0 == e.outlet && x.1 == source_doc)
        {
            Some(x) => x.2 = x.2.max(e.weight),
            None => best.push((e.outlet, source_doc, e.weight)),
        }
    }
    let mut out: Vec<(usize, f32)> = Vec::new();
    for (o, _, w) in best {
        out = scores_with(out, o, w);
    }
    out
}

/// `scores` with `weight` added to outlet `o`, best first.
fn scores_with(mut scores: Vec<(usize, f32)>, o: usize, weight: f32) -> Vec<(usize, f32)> {
    match scores.iter_mut().find(|x| x.0 == o) {
        Some(x) => x.1 += weight,
        None => scores.push((o, weight)),
    }
    scores.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    scores
}

impl Trace {
    /// For each document, the share of its words by origin, largest first.
    pub fn breakdown(&self, words: &[Vec<usize>]) -> Vec<Vec<(Origin, f32)>> {
        self.sentences
            .iter()
            .zip(words)
            .map(|(sentences, words)| {
                let total: usize = words.iter().sum::<usize>().max(1);
                let mut shares: Vec<(Origin, f32)> = Vec::new();
                for (t, &w) in sentences.iter().zip(words) {
                    let share = w as f32 / total as f32;
                    match shares.iter_mut().find(|x| x.0 == t.origin) {
                        Some(x) => x.1 += share,
                        None => shares.push((t.origin, share)),
                    }
                }
                shares.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
                shares
            })
            .collect()
    }
}
