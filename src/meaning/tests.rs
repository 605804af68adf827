use super::*;

fn kinds(old: &str, new: &str) -> Vec<(FlagKind, String)> {
    let a = Document::from_text("old", old);
    let b = Document::from_text("new", new);
    flags(
        &a,
        Span::new(0, a.text.len()),
        &b,
        Span::new(0, b.text.len()),
    )
    .into_iter()
    .map(|f| (f.kind, f.detail))
    .collect()
}

#[test]
fn negations_in_several_spellings() {
    for (old, new) in [
        ("He will be refunded.", "He will not be refunded."),
        ("They did leave.", "They didn't leave."),
        ("She has returned.", "She has never returned."),
        ("They left with permits.", "They left without permits."),
        ("Iran confirmed the flight.", "Iran denied the flight."),
    ] {
        let k = kinds(old, new);
        assert_eq!(k.len(), 1, "{old} / {new}: {k:?}");
        assert_eq!(k[0].0, FlagKind::Negation);
    }
}

#[test]
fn numbers_are_ranges() {
    assert_eq!(kinds("It killed 120.", "It killed 100.")[0].1, "120 → 100");
    for (old, new) in [
        ("1,710 crossed.", "1710 crossed."),
        ("At least 296 died.", "Hundreds died."),
        (
            "The flight comes in a day or two.",
            "The flight comes within 48 hours.",
        ),
        ("Two ministers resigned.", "2 ministers resigned."),
        (
            "Costs reached $1.5 billion.",
            "Costs reached 1,500 million dollars.",
        ),
        ("About 400 will go.", "Some 420 will go."),
    ] {
        assert!(kinds(old, new).is_empty(), "{old} / {new}");
    }
    assert_eq!(
        kinds("Dozens died.", "Hundreds died.")[0].0,
        FlagKind::Number
    );
    // A number only one side gives is added information, not a change.
    assert!(kinds("Iran deported migrants.", "Iran deported 120 migrants.").is_empty());
}

#[test]
fn quotes_hedges_and_dates() {
    let q = kinds(
        "He said: “We will respect the result.”",
        "He said: “We will reject the result.”",
    );
    assert_eq!(q[0].0, FlagKind::Quote);
    // A spelling variant inside a quotation alters nothing.
    assert!(kinds(
        "“Our neighbours are under the rubble,” he said.",
        "“Our neighbors are under the rubble,” he said."
    )
    .is_empty());
    // Quoting part of a quotation alters nothing.
    assert!(kinds(
        "He called it “a dramatic escalation in executions.”",
        "He called it a “dramatic escalation.”"
    )
    .is_empty());
    assert_eq!(
        kinds("The deal was signed.", "The deal was reportedly signed.")[0].0,
        FlagKind::Hedge
    );
    // `according to` against a named speaker is a change of reporting verb.
    assert!(kinds(
        "Officials said the deal was signed.",
        "The deal was signed, according to officials."
    )
    .is_empty());
    assert_eq!(
        kinds(
            "The flight left on Tuesday.",
            "The flight left on Wednesday."
        )[0]
        .1,
        "Tuesday → Wednesday"
    );
    assert_eq!(
        kinds("It opens March 20.", "It opens March 21.")[0].0,
        FlagKind::Date
    );
    assert!(kinds("It opens March 20.", "It opens on 20 March.").is_empty());
}

#[test]
fn a_statement_credited_to_another_source() {
    let k = kinds(
        "Noushabadi told the Tasnim news agency that 120 would fly home.",
        "Noushabadi told state television that 120 would fly home.",
    );
    assert_eq!(k.len(), 1, "{k:?}");
    assert_eq!(k[0].0, FlagKind::Speaker);
    // The same source in other words is no change.
    assert!(kinds(
        "The New York Times reported that 120 would fly home.",
        "120 would fly home, The New York Times said."
    )
    .is_empty());
}

#[test]
fn dates_of_two_events_are_no_change() {
    // The quake struck on Friday; the ministry spoke on Saturday.
    assert!(kinds(
        "The quake that struck late on Friday night killed 296, the ministry said.",
        "The ministry said early Saturday that 296 had died."
    )
    .is_empty());
    // The same statement dated another day is a change.
    assert_eq!(
        kinds(
            "The ministry reported on Friday night that 296 had died.",
            "The ministry said early Saturday that 296 had died."
        )[0]
        .0,
        FlagKind::Date
    );
}

#[test]
fn a_quotation_left_open_by_an_earlier_sentence() {
    // The second sentence of NEW has no mark of its own: it continues the
    // quotation its paragraph opened.
    let old = Document::from_text(
        "old",
        "“We must unite because our challenges are very big.”\n",
    );
    let new = Document::from_text(
        "new",
        "“The elections are over,” he said. “We call on all of you. We must come together because our challenges are very great.\n",
    );
    let s = new.sentences.last().unwrap().span;
    assert!(starts_inside(&new, s));
    let f = flags(&old, old.sentences[0].span, &new, s);
    assert_eq!(
        f.iter().map(|f| f.kind).collect::<Vec<_>>(),
        [FlagKind::Quote]
    );
    // Outside a quotation, the same words are the writer's own.
    let plain = Document::from_text(
        "plain",
        "He spoke. We must come together because our challenges are very great.\n",
    );
    let s = plain.sentences.last().unwrap().span;
    assert!(!starts_inside(&plain, s));
    assert!(flags(&old, old.sentences[0].span, &plain, s).is_empty());
}

#[test]
fn years_are_whole_years_or_their_parts() {
    assert_eq!(
        kinds("She took office in 2020.", "She took office in 2021.")[0].1,
        "2020 → 2021"
    );
    assert_eq!(
        kinds(
            "She took office in early 2020.",
            "She took office in late 2020."
        )
        .len(),
        1
    );
    assert!(kinds("She took office in 2020.", "She took office in early 2020.").is_empty());
    assert!(kinds(
        "The plant opened in 1998.",
        "The plant opened in 1998, officials said."
    )
    .is_empty());
}

#[test]
fn time_ago_counts_back_from_the_page_date() {
    let flag = |page: &str, old: &str, new: &str| {
        let a = Document::from_text("old", format!("{page}{old}"));
        let b = Document::from_text("new", new);
        let at = a.text.len() - old.len();
        flags(
            &a,
            Span::new(at, a.text.len()),
            &b,
            Span::new(0, b.text.len()),
        )
        .into_iter()
        .map(|f| f.kind)
        .collect::<Vec<_>>()
    };
    let dated = "Chief to go\nPosted Mar 25, 2024 7:58 AM CDT\n";
    let old = "He became chief executive three years ago.";
    assert_eq!(
        flag(dated, old, "He became chief executive in early 2020."),
        [FlagKind::Number]
    );
    assert!(flag(dated, old, "He became chief executive in 2021.").is_empty());
    // Without a date on the page, `three years ago` is no year.
    assert!(flag(
        "Chief to go\n",
        old,
        "He became chief executive in early 2020."
    )
    .is_empty());
}
