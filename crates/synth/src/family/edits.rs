//! A version as units with facts, and the edits a rewrite makes to them:
//! placement, split, rewording, renumbering.

use super::*;

/// The version's sentences, as the segmenter finds them, with their facts,
/// grouped by line.
pub(super) fn parse(version: &Version) -> Vec<Vec<Unit>> {
    let text = &version.text;
    let mut lines = Vec::new();
    let mut line = Vec::new();
    let mut previous_end: Option<usize> = None;
    for (i, s) in wirediff::segment::sentences(text, &Lexicon::english())
        .iter()
        .enumerate()
    {
        if let Some(end) = previous_end {
            if text[end..s.start].contains('\n') {
                lines.push(std::mem::take(&mut line));
            }
        }
        line.push(Unit {
            text: text[s.range()].to_string(),
            facts: version.facts.get(i).cloned().unwrap_or_default(),
        });
        previous_end = Some(s.end);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The version of these lines (empty ones left out): units joined by a
/// space, lines by a newline, and a final newline.
pub(super) fn render(lines: Vec<Vec<Unit>>, edits: EditCounts) -> Version {
    let mut text = String::new();
    let mut facts = Vec::new();
    for line in lines.into_iter().filter(|l| !l.is_empty()) {
        for (i, unit) in line.into_iter().enumerate() {
            if i > 0 {
                text.push(' ');
            }
            text.push_str(&unit.text);
            facts.push(unit.facts);
        }
        text.push('\n');
    }
    Version {
        text,
        facts,
        parent: None,
        edits,
    }
}

/// Put body sentence `unit` at a random place: a paragraph of its own, or
/// anywhere inside a paragraph of body sentences (never beside a headline).
pub(super) fn place_anywhere(rng: &mut Rng, lines: &mut Vec<Vec<Unit>>, unit: Unit) {
    let paragraphs: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].is_empty() && lines[i].iter().all(Unit::is_body))
        .collect();
    let target = match paragraphs.get(rng.below(paragraphs.len())) {
        Some(&l) if !rng.chance(NEW_PARAGRAPH_CHANCE) => lines.get_mut(l),
        _ => None,
    };
    match target {
        Some(line) => {
            let at = rng.between(0, line.len());
            line.insert(at, unit);
        }
        None => {
            let at = rng.between(0, lines.len());
            lines.insert(at, vec![unit]);
        }
    }
}

/// `text` (a body sentence of at least [`SPLIT_MIN_WORDS`] words) cut in
/// two between two plain words, preferably before a conjunction; `None`
/// when there is no such place.
pub(super) fn split(rng: &mut Rng, text: &str) -> Option<(String, String)> {
    let body = text.strip_suffix('.')?;
    let w: Vec<&str> = body.split(' ').collect();
    if w.len() < SPLIT_MIN_WORDS {
        return None;
    }
    let places: Vec<usize> = (SPLIT_MIN_PART..=w.len() - SPLIT_MIN_PART)
        .filter(|&p| is_plain(w[p - 1]) && is_plain(w[p]))
        .collect();
    let preferred: Vec<usize> = places
        .iter()
        .copied()
        .filter(|&p| CONJUNCTIONS.contains(&w[p]))
        .collect();
    let choices = if preferred.is_empty() {
        &places
    } else {
        &preferred
    };
    let &p = choices.get(rng.below(choices.len()))?;
    let mut first = w[..p].join(" ");
    first.push('.');
    let mut second = capitalise(w[p]);
    for x in &w[p + 1..] {
        second.push(' ');
        second.push_str(x);
    }
    second.push('.');
    Some((first, second))
}

/// `text` with about [`REWORD_SHARE`] of its editable words (plain
/// lower-case words after a plain word, not the last) replaced, preferably
/// by a synonym, preceded by an inserted word, or deleted; at least one word
/// changes. `None` when no word is editable.
pub(super) fn reword_text(rng: &mut Rng, text: &str) -> Option<String> {
    let (body, stop) = match text.strip_suffix('.') {
        Some(body) => (body, "."),
        None => (text, ""),
    };
    let old: Vec<&str> = body.split(' ').collect();
    let editable: Vec<usize> = (0..old.len().saturating_sub(1))
        .filter(|&i| is_plain(old[i]) && (i == 0 || is_plain(old[i - 1])))
        .collect();
    if editable.is_empty() {
        return None;
    }
    let mut chosen: Vec<bool> = (0..old.len())
        .map(|i| editable.contains(&i) && rng.chance(REWORD_SHARE))
        .collect();
    if !chosen.contains(&true) {
        if let Some(c) = editable
            .get(rng.below(editable.len()))
            .and_then(|&i| chosen.get_mut(i))
        {
            *c = true;
        }
    }
    let mut new: Vec<&str> = Vec::with_capacity(old.len() + 4);
    for (&w, &edit) in old.iter().zip(&chosen) {
        if !edit {
            new.push(w);
            continue;
        }
        match rng.below(4) {
            0 | 1 => new.push(replacement(rng, w)),
            2 => new.extend([rng.pick(VOCABULARY), w]),
            _ => {}
        }
    }
    let mut new = new.join(" ");
    new.push_str(stop);
    if stop.is_empty() {
        new = shorten(new);
    }
    (new != text).then_some(new)
}

/// A word to replace `word` with: a synonym when there is one (mostly),
/// otherwise another vocabulary word.
pub(super) fn replacement(rng: &mut Rng, word: &str) -> &'static str {
    let synonyms = SYNONYMS.iter().find(|(w, _)| *w == word).map(|(_, s)| *s);
    match synonyms {
        Some(s) if !s.is_empty() && rng.chance(0.8) => rng.pick(s),
        _ => other_word(rng, word),
    }
}

/// `text` with one number written differently: `1,710` ↔ `1710` (not for
/// years), `41%` ↔ `41 percent`, or `about` added before or removed from
/// before a number. `None` when the sentence has no number to change.
pub(super) fn renumber(rng: &mut Rng, text: &str) -> Option<String> {
    let body = text.strip_suffix('.')?;
    let mut w: Vec<String> = body.split(' ').map(str::to_string).collect();
    #[derive(Clone, Copy)]
    enum Change {
        DropCommas(usize),
        AddCommas(usize),
        PercentWord(usize),
        PercentSign(usize),
        AddAbout(usize),
        DropAbout(usize),
    }
    let mut changes = Vec::new();
    for i in 1..w.len() {
        let (core, tail) = split_tail(&w[i]);
        if !core.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let digits_only = core.chars().all(|c| c.is_ascii_digit());
        if core.contains(',') && core.chars().all(|c| c.is_ascii_digit() || c == ',') {
            changes.push(Change::DropCommas(i));
        }
        if digits_only && core.len() >= 4 && !is_year(core) {
            changes.push(Change::AddCommas(i));
        }
        if core.strip_suffix('%').is_some_and(|d| !d.is_empty()) {
            changes.push(Change::PercentWord(i));
        }
        let next_is_percent = w.get(i + 1).is_some_and(|n| split_tail(n).0 == "percent");
        if digits_only && tail.is_empty() && next_is_percent {
            changes.push(Change::PercentSign(i));
        }
        let previous = w[i - 1].as_str();
        if previous == "about" && i >= 2 && is_plain(&w[i - 2]) {
            changes.push(Change::DropAbout(i));
        } else if is_plain(previous) && !matches!(previous, "about" | "nearly" | "roughly") {
            changes.push(Change::AddAbout(i));
        }
    }
    let change = *changes.get(rng.below(changes.len()))?;
    match change {
        Change::DropCommas(i) => {
            let (core, tail) = split_tail(&w[i]);
            w[i] = core.replace(',', "") + tail;
        }
        Change::AddCommas(i) => {
            let (core, tail) = split_tail(&w[i]);
            w[i] = with_commas(core) + tail;
        }
        Change::PercentWord(i) => {
            let (core, tail) = split_tail(&w[i]);
            w[i] = format!("{} percent{tail}", core.trim_end_matches('%'));
        }
        Change::PercentSign(i) => {
            let (_, tail) = split_tail(&w[i + 1]);
            let sign = format!("{}%{tail}", w[i]);
            w[i] = sign;
            w.remove(i + 1);
        }
        Change::AddAbout(i) => w.insert(i, "about".to_string()),
        Change::DropAbout(i) => {
            w.remove(i - 1);
        }
    }
    let mut out = w.join(" ");
    out.push('.');
    (out != text).then_some(out)
}

/// A word split before its trailing punctuation (`1,710,` → `1,710`, `,`).
pub(super) fn split_tail(word: &str) -> (&str, &str) {
    let core = word.trim_end_matches([',', ';']);
    (core, &word[core.len()..])
}

/// Is `digits` a year between 1900 and 2099?
pub(super) fn is_year(digits: &str) -> bool {
    digits.len() == 4 && (digits.starts_with("19") || digits.starts_with("20"))
}

/// `digits` with thousands separators: `12345` → `12,345`.
pub(super) fn with_commas(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}
