//! [`Story`]: writing a story's first version and deriving rewrites of any
//! version with known edits.

use super::*;

impl Story {
    /// A new story with id `id`: 8–14 invented names (3–6 people with a
    /// first name and a surname, 5–8 places and institutions; 11–20 words in
    /// all, like `Varnosk` or `Edelmira Quoss`) and 6–10 numbers. Names are
    /// random syllables, so two stories almost never share one (and never
    /// within a [`corpus`]); none has the comparison key of a vocabulary
    /// word, of one of the shared names of [`crate::article`] or of a weekday.
    ///
    /// Its facts are numbered from `id * FACTS_PER_STORY` (wrapping), so
    /// fact ids are unique across stories as long as ids stay below 4,294
    /// and no story makes a million facts.
    pub fn new(rng: &mut Rng, id: u32) -> Story {
        let mut taken = HashSet::new();
        let people = (0..rng.between(PEOPLE.0, PEOPLE.1))
            .map(|_| Person {
                first: invented_name(rng, &mut taken, FIRST_NAME_CODA_CHANCE),
                last: invented_name(rng, &mut taken, NAME_CODA_CHANCE),
            })
            .collect();
        let places = (0..rng.between(PLACES.0, PLACES.1))
            .map(|_| invented_name(rng, &mut taken, NAME_CODA_CHANCE))
            .collect();
        let mut numbers: Vec<String> = Vec::new();
        let count = rng.between(NUMBERS.0, NUMBERS.1);
        while numbers.len() < count {
            let n = story_number(rng);
            if !numbers.contains(&n) {
                numbers.push(n);
            }
        }
        Story {
            id,
            people,
            places,
            numbers,
            next_fact: id.wrapping_mul(FACTS_PER_STORY),
        }
    }

    /// The story's id.
    pub fn id(&self) -> u32 {
        self.id
    }

    /// Every invented word of the story: first names, surnames, places.
    pub fn names(&self) -> Vec<&str> {
        self.people
            .iter()
            .flat_map(|p| [p.first.as_str(), p.last.as_str()])
            .chain(self.places.iter().map(String::as_str))
            .collect()
    }

    /// The comparison keys of the story's names.
    pub(super) fn name_keys(&self) -> Vec<String> {
        self.names().iter().map(|n| name_key(n)).collect()
    }

    /// The story's numbers as first written (`1,710`, `120`, `41%`, `2019`).
    pub fn numbers(&self) -> &[String] {
        &self.numbers
    }

    /// The first version of the story: `sentences` body sentences of 8–35
    /// words in paragraphs of one to four, one paragraph per line, with now
    /// and then a headline line (no final punctuation) before a paragraph.
    /// Sentence `k` (headlines included) carries the story's `k`-th fact.
    pub fn source(&mut self, rng: &mut Rng, sentences: usize) -> Version {
        let mut lines: Vec<Vec<Unit>> = Vec::new();
        let mut made = 0;
        while made < sentences {
            if rng.chance(HEADLINE_CHANCE) {
                let text = self.headline(rng);
                let facts = vec![self.fresh_fact()];
                lines.push(vec![Unit { text, facts }]);
            }
            let count = rng
                .between(PARAGRAPH_SENTENCES.0, PARAGRAPH_SENTENCES.1)
                .min(sentences - made);
            let mut line = Vec::with_capacity(count);
            for _ in 0..count {
                let text = self.sentence(rng);
                let facts = vec![self.fresh_fact()];
                line.push(Unit { text, facts });
            }
            made += count;
            lines.push(line);
        }
        render(lines, EditCounts::default())
    }

    /// A rewrite of `source` (a version of this story). Each sentence is
    /// edited with probability `strength`; the edit is one of drop, move,
    /// split, merge with the next sentence, rewording, a change of word
    /// order and a change of number format, equally likely (an edit that
    /// does not apply, such as splitting a short sentence, rewords instead).
    /// A headline is dropped, kept or reworded. After each sentence a new one
    /// with a new fact is inserted with probability `strength / 4`. Moved
    /// and inserted sentences go to random places. With `strength` 0 the
    /// text comes back unchanged.
    pub fn derive(&mut self, rng: &mut Rng, source: &Version, strength: f64) -> Version {
        let lines = parse(source);
        let mut out: Vec<Vec<Unit>> = vec![Vec::new(); lines.len()];
        let mut later: Vec<Unit> = Vec::new();
        let mut edits = EditCounts::default();
        let mut units = lines
            .into_iter()
            .enumerate()
            .flat_map(|(l, line)| line.into_iter().map(move |u| (l, u)))
            .peekable();
        while let Some((line, unit)) = units.next() {
            let placed = if !rng.chance(strength) {
                edits.kept += 1;
                Some(unit)
            } else if !unit.is_body() {
                self.edit_headline(rng, unit, &mut edits)
            } else {
                match rng.below(7) {
                    0 => {
                        edits.dropped += 1;
                        None
                    }
                    1 => {
                        edits.moved += 1;
                        later.push(unit);
                        None
                    }
                    2 => match split(rng, &unit.text) {
                        Some((first, second)) => {
                            edits.split += 1;
                            if let Some(l) = out.get_mut(line) {
                                l.push(Unit {
                                    text: first,
                                    facts: unit.facts.clone(),
                                });
                            }
                            Some(Unit {
                                text: second,
                                facts: unit.facts,
                            })
                        }
                        None => Some(self.reword(rng, unit, &mut edits)),
                    },
                    3 => match units.next_if(|(_, next)| next.is_body()) {
                        Some((_, next)) => {
                            edits.merged += 1;
                            Some(self.merge(rng, unit, next))
                        }
                        None => Some(self.reword(rng, unit, &mut edits)),
                    },
                    4 => Some(self.reword(rng, unit, &mut edits)),
                    5 => match self.reorder(rng, &unit.text) {
                        Some(text) => {
                            edits.reordered += 1;
                            Some(Unit { text, ..unit })
                        }
                        None => Some(self.reword(rng, unit, &mut edits)),
                    },
                    _ => match renumber(rng, &unit.text) {
                        Some(text) => {
                            edits.renumbered += 1;
                            Some(Unit { text, ..unit })
                        }
                        None => Some(self.reword(rng, unit, &mut edits)),
                    },
                }
            };
            if let (Some(unit), Some(l)) = (placed, out.get_mut(line)) {
                l.push(unit);
            }
            if rng.chance(strength / 4.0) {
                edits.inserted += 1;
                let text = self.sentence(rng);
                let facts = vec![self.fresh_fact()];
                later.push(Unit { text, facts });
            }
        }
        for unit in later {
            place_anywhere(rng, &mut out, unit);
        }
        render(out, edits)
    }

    /// Drop, keep or reword a headline.
    pub(super) fn edit_headline(
        &self,
        rng: &mut Rng,
        unit: Unit,
        edits: &mut EditCounts,
    ) -> Option<Unit> {
        match rng.below(3) {
            0 => {
                edits.dropped += 1;
                None
            }
            1 => {
                edits.kept += 1;
                Some(unit)
            }
            _ => Some(self.reword(rng, unit, edits)),
        }
    }

    /// `unit` reworded (counted in `edits.reworded`), or as it was when no
    /// word can be edited (counted in `edits.kept`).
    pub(super) fn reword(&self, rng: &mut Rng, unit: Unit, edits: &mut EditCounts) -> Unit {
        match reword_text(rng, &unit.text) {
            Some(text) => {
                edits.reworded += 1;
                Unit { text, ..unit }
            }
            None => {
                edits.kept += 1;
                unit
            }
        }
    }

    /// Sentences `a` and `b` as one: `A, and b.` or `A; b.`, carrying both
    /// sentences' facts.
    pub(super) fn merge(&self, rng: &mut Rng, a: Unit, b: Unit) -> Unit {
        let head = a.text.strip_suffix('.').unwrap_or(&a.text);
        let (first, rest) = b.text.split_once(' ').unwrap_or((b.text.as_str(), ""));
        let joiner = if rng.chance(0.5) { ", and " } else { "; " };
        let mut text = format!("{head}{joiner}{}", self.decapitalise(first));
        if !rest.is_empty() {
            text.push(' ');
            text.push_str(rest);
        }
        let mut facts = a.facts;
        for f in b.facts {
            if !facts.contains(&f) {
                facts.push(f);
            }
        }
        Unit { text, facts }
    }

    /// `text` with its word order changed: a trailing phrase moved to the
    /// front (`X said Y on Tuesday.` → `On Tuesday, x said Y.`; when there
    /// is no prepositional or conjunction phrase, any trailing stretch of
    /// the second half), an attribution moved to the end (`Officials said
    /// the deal was done.` → `The deal was done, officials said.`), or, in a
    /// sentence with a comma, the two halves swapped around it (which undoes
    /// either). `None` when none of these applies.
    pub(super) fn reorder(&self, rng: &mut Rng, text: &str) -> Option<String> {
        let body = text.strip_suffix('.')?;
        let w: Vec<&str> = body.split(' ').collect();
        let n = w.len();
        // Can `x` start a sentence once capitalised?
        let can_start = |x: &str| {
            x.starts_with(|c: char| c.is_ascii_alphabetic()) && (!x.contains('.') || x == "Mr.")
        };
        // (cut, rotate): rotate moves `w[cut..]` to the front; otherwise the
        // halves around the comma ending `w[cut]` swap.
        let mut options: Vec<(usize, bool)> = Vec::new();
        if !body.contains([',', ';']) {
            for cut in 1..n {
                let tail = n - cut;
                let phrase = cut >= 3
                    && (2..=12).contains(&tail)
                    && (PREPOSITIONS.contains(&w[cut]) || FRONTING.contains(&w[cut]));
                let attribution =
                    (2..=6).contains(&cut) && tail >= 3 && REPORTING_VERBS.contains(&w[cut - 1]);
                if (phrase || attribution) && is_plain(w[cut - 1]) && can_start(w[cut]) {
                    options.push((cut, true));
                }
            }
            if options.is_empty() {
                // No phrase or attribution: front any trailing stretch of
                // the second half that starts between two plain words.
                options.extend(
                    (n / 2..n.saturating_sub(2))
                        .filter(|&cut| cut >= 1 && is_plain(w[cut - 1]) && is_plain(w[cut]))
                        .map(|cut| (cut, true)),
                );
            }
        }
        for c in 1..n.saturating_sub(1) {
            let next = w[c + 1];
            if w[c].ends_with(',')
                && !w[c].contains('.')
                && next != "and"
                && can_start(next)
                && w[c + 2..].iter().all(|x| !x.contains(';'))
            {
                options.push((c, false));
            }
        }
        let &(at, rotate) = options.get(rng.below(options.len()))?;
        let (front, back): (Vec<String>, Vec<String>) = if rotate {
            let mut front: Vec<String> = w[at..].iter().map(|x| x.to_string()).collect();
            if let Some(last) = front.last_mut() {
                last.push(',');
            }
            (front, self.lowered(&w[..at]))
        } else {
            let mut back = self.lowered(&w[..=at]);
            if let Some(last) = back.last_mut() {
                last.pop();
            }
            let front = w[at + 1..].iter().map(|x| x.to_string()).collect();
            (front, back)
        };
        let mut words = front;
        if let Some(first) = words.first_mut() {
            *first = capitalise(first);
        }
        words.extend(back);
        let mut out = words.join(" ");
        out.push('.');
        (out != text).then_some(out)
    }

    /// `words` with the first one decapitalised.
    pub(super) fn lowered(&self, words: &[&str]) -> Vec<String> {
        words
            .iter()
            .enumerate()
            .map(|(i, x)| {
                if i == 0 {
                    self.decapitalise(x)
                } else {
                    x.to_string()
                }
            })
            .collect()
    }

    /// `word` in lower case unless it is a name, a weekday or an abbreviation.
    pub(super) fn decapitalise(&self, word: &str) -> String {
        let keep = word.contains('.')
            || WEEKDAYS.contains(&word)
            || self.names().contains(&word)
            || !word.starts_with(|c: char| c.is_ascii_uppercase());
        if keep {
            word.to_string()
        } else {
            word.to_lowercase()
        }
    }

    /// The next unused fact id.
    pub(super) fn fresh_fact(&mut self) -> u32 {
        let fact = self.next_fact;
        self.next_fact = self.next_fact.wrapping_add(1);
        fact
    }

    /// One body sentence: capitalised, 8–35 words, ending in a full stop,
    /// never starting with a number.
    pub(super) fn sentence(&self, rng: &mut Rng) -> String {
        let count = rng.between(SENTENCE_WORDS.0, SENTENCE_WORDS.1);
        let mut words: Vec<String> = (0..count).map(|_| self.word(rng)).collect();
        if rng.chance(ABBREVIATION_CHANCE) {
            // Strictly inside, and before a lower-case vocabulary word, so
            // that `U.S.` never reads as the end of the sentence.
            let at = rng.between(1, count - 1);
            words[at] = rng.pick(VOCABULARY).to_string();
            words.insert(at, self.abbreviation(rng));
        }
        words[0] = if rng.chance(FIRST_NAME_CHANCE) {
            self.name(rng)
        } else {
            capitalise(rng.pick(VOCABULARY))
        };
        let mut text = words.join(" ");
        text.push('.');
        text
    }

    /// A headline: a few words, the first capitalised, no final punctuation,
    /// shorter than [`HEADLINE_MAX_CHARS`].
    pub(super) fn headline(&self, rng: &mut Rng) -> String {
        let count = rng.between(HEADLINE_WORDS.0, HEADLINE_WORDS.1);
        let mut words: Vec<String> = (1..count).map(|_| self.word(rng)).collect();
        let first = if rng.chance(FIRST_NAME_CHANCE) {
            self.name(rng)
        } else {
            capitalise(rng.pick(VOCABULARY))
        };
        words.insert(0, first);
        shorten(words.join(" "))
    }

    /// One word slot: mostly vocabulary, sometimes a name or a number.
    pub(super) fn word(&self, rng: &mut Rng) -> String {
        if rng.chance(NAME_CHANCE) {
            self.name(rng)
        } else if rng.chance(NUMBER_CHANCE) {
            pick_owned(rng, &self.numbers).unwrap_or("12").to_string()
        } else {
            rng.pick(VOCABULARY).to_string()
        }
    }

    /// A name: a person (full name or surname), a place, or a weekday.
    pub(super) fn name(&self, rng: &mut Rng) -> String {
        if rng.chance(WEEKDAY_SHARE) {
            return rng.pick(WEEKDAYS).to_string();
        }
        let person = self.people.get(rng.below(self.people.len()));
        match (rng.below(5), person) {
            (0, Some(p)) => format!("{} {}", p.first, p.last),
            (1 | 2, Some(p)) => p.last.clone(),
            _ => pick_owned(rng, &self.places)
                .unwrap_or(WEEKDAYS[0])
                .to_string(),
        }
    }

    /// `U.S.` or `Mr. Surname` with one of the story's surnames.
    pub(super) fn abbreviation(&self, rng: &mut Rng) -> String {
        match self.people.get(rng.below(self.people.len())) {
            Some(p) if rng.chance(0.5) => format!("Mr. {}", p.last),
            _ => "U.S.".to_string(),
        }
    }
}
