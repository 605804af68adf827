//! Command-line arguments as typed (clap derive). Their doc comments are the
//! help text; decisions (colour on or off, width…) are made in
//! [`crate::settings`], not here.

use clap::{Args, Parser, Subcommand, ValueEnum};

const EXAMPLES: &str = "\
Examples:
  wirediff diff fixtures/iran-deportations/{nbc-news,ap-via-newspaper}.txt
      what the AP version kept, reworded, moved, added and dropped from NBC's
  wirediff diff -y old.txt new.txt | less -R
      the two versions side by side
  wirediff diff --format json old.txt new.txt | jq '.summary'
      counts and the share of NEW derived from OLD, for scripts
  curl -s https://example.com/story.txt | wirediff diff ours.txt -
      compare our copy with a text on standard input
  wirediff align fixtures/iran-deportations/
      all five versions at once, passage by passage (`wirediff align --help`)

  wirediff diff --fail-on quote,number,negation ours.txt theirs.txt
      exit 1 only if the rewrite altered a quote, a number or a negation

Exit status: 0 the inputs are the same, 1 they differ, 2 trouble (bad input,
bad option). With --fail-on: 1 when matched text carries a change of those
kinds, else 0.";

/// Compare rewrites of the same news story sentence by sentence.
///
/// wirediff lines versions of a story up by sentence, matching sentences by
/// their meaning-bearing words (names, numbers, rare terms), so reordered
/// paragraphs, re-wrapped lines and paraphrased quotes do not turn into a
/// wall of red and green.
#[derive(Debug, Parser)]
#[command(name = "wirediff", version, after_help = EXAMPLES, max_term_width = 100)]
pub struct Cli {
    /// Options shared by every command.
    #[command(flatten)]
    pub global: GlobalArgs,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes, before or after its name.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// When to use colour: `auto` colours only a terminal, and honours
    /// NO_COLOR (off), CLICOLOR_FORCE (on) and TERM=dumb (off).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true, value_name = "WHEN")]
    pub color: ColorChoice,

    /// Output width in columns [default: the terminal's, else $COLUMNS, else 80].
    #[arg(long, global = true, value_name = "COLUMNS", value_parser = clap::value_parser!(u16).range(20..))]
    pub width: Option<u16>,

    /// Largest input file accepted, in bytes; K, M and G suffixes are binary
    /// multiples (64M = 64 MiB).
    #[arg(long, global = true, default_value = "64M", value_name = "SIZE", value_parser = parse_size)]
    pub max_size: u64,

    /// Language of the documents: its abbreviations, stop words, attribution
    /// phrases and page furniture. Shipped: `en` (English), `de` (German).
    #[arg(long, global = true, default_value = "en", value_name = "CODE")]
    pub lang: String,

    /// Add words and phrases to the language's lexicon from a JSON file of the
    /// same form (lists are added to, values replaced; see the README).
    #[arg(long, global = true, value_name = "FILE")]
    pub lexicon: Option<String>,

    /// Make any file of a directory that is not readable text (binary,
    /// invalid UTF-8, too large, a name that is not UTF-8) an error, exit 2,
    /// before any output. Without it such files are skipped with a warning
    /// and listed in the JSON's `skipped`.
    #[arg(long, global = true)]
    pub strict: bool,

    /// Read the `*.txt` files of directories' subdirectories too (hidden
    /// ones left out), in name order.
    #[arg(short = 'r', long, global = true)]
    pub recursive: bool,

    /// When to page long output: `auto` pages output taller than the
    /// terminal through $WIREDIFF_PAGER, else $PAGER, else `less -R`;
    /// never when standard output is not a terminal.
    #[arg(long, value_enum, default_value_t = Paging::Auto, global = true, value_name = "WHEN")]
    pub paging: Paging,
}

/// `--paging`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Paging {
    /// Page output taller than the terminal.
    Auto,
    /// Page all output to a terminal.
    Always,
    /// Never page.
    Never,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Compare two versions of a story sentence by sentence.
    ///
    /// Every sentence of NEW is equal (=), reworded (~: same content, other
    /// words), moved (>: out of order relative to OLD) or added (+); every
    /// sentence of OLD with no counterpart in NEW is dropped (-). A sentence
    /// split in two, or two merged into one, is shown as one reworded row.
    /// Inside reworded sentences the changed words are highlighted (without
    /// colour: [-deleted-] {+inserted+}). A change of meaning gets a `!`
    /// line under its row: a negation added or dropped, a number, a quote's
    /// words, a hedge (`reportedly`) or a date that changed.
    #[command(after_help = EXAMPLES)]
    Diff(DiffArgs),

    /// Line up many versions of a story at once: passages and who has them.
    ///
    /// Sentences of different documents that carry the same content are
    /// grouped into passages, each shown with every document's version (its
    /// witness): `=` verbatim, `~` reworded, `%` partial (a sentence that
    /// carries this and other content). The words only one witness has are
    /// highlighted (without colour: {like this}); documents lacking the
    /// passage are listed. Then, per document, the sentences no other
    /// document has. Sentence numbers are 1-based.
    #[command(after_help = ALIGN_EXAMPLES)]
    Align(AlignArgs),

    /// Trace every sentence to the outlet that first reported it.
    ///
    /// Each sentence gets an origin, shown as a tag: an outlet or
    /// institution ([NYT], [AP], [Tasnim], [White]…), [own] for the
    /// document's own writing, or [boilerplate] for page furniture. The
    /// origin comes from attribution cues in the sentence ("told the Tasnim
    /// news agency", "The New York Times first reported"), from the
    /// paragraph it continues, from speakers linked to an outlet, from the
    /// other documents' versions of the same passage, and, for content only
    /// one document has, from the document's own outlet (inferred from
    /// datelines and self-references, or given with --label). With -v, the
    /// evidence is shown under each sentence.
    #[command(after_help = TRACE_EXAMPLES)]
    Trace(TraceArgs),

    /// List the outlets and institutions trace knows, with the names they go by.
    #[command(after_help = OUTLETS_EXAMPLES)]
    Outlets(OutletsArgs),

    /// Check how much of a text is reused from a set of sources, and from which.
    ///
    /// Each suspect is lined up sentence by sentence with every source that
    /// shares its rare names, numbers and phrases (found through an index,
    /// so thousands of sources take seconds). A sentence matched in several
    /// sources is credited to the best match; the others are listed. The
    /// reuse share is the share of the suspect's words in reused passages
    /// of at least --min-passage words. With --max-reuse or --max-source,
    /// the exit status says whether any suspect is over a limit.
    #[command(after_help = CHECK_EXAMPLES)]
    Check(CheckArgs),

    /// Which version derives from which, and from which outlets.
    ///
    /// Every pair of documents whose wording one takes from the other (as
    /// `check` measures reuse: wording, not shared facts) is an edge, with
    /// the share of the derived document's words. Its direction comes from
    /// evidence: the derived text credits the other's outlet ("…, reports
    /// the AP"), the other is a wire agency's copy, the other names its
    /// writer and this one none, or this one also carries a third text.
    /// Without evidence the edge stays undirected: that is an answer, not a
    /// guess. Documents that carry essentially the same text (most words
    /// verbatim) form a family. The forest shows the documents that came
    /// first at the roots; -v shows every piece of evidence.
    #[command(after_help = LINEAGE_EXAMPLES)]
    Lineage(LineageArgs),

    /// Print a shell completion script.
    #[command(after_help = COMPLETIONS_EXAMPLES)]
    Completions(CompletionsArgs),

    /// Print the manual page (roff), for `man`.
    #[command(after_help = MAN_EXAMPLES)]
    Man,
}

const COMPLETIONS_EXAMPLES: &str = "\
Examples:
  wirediff completions bash > ~/.local/share/bash-completion/completions/wirediff
  wirediff completions zsh > \"${fpath[1]}/_wirediff\"
  wirediff completions fish > ~/.config/fish/completions/wirediff.fish
  wirediff completions powershell >> $PROFILE";

const MAN_EXAMPLES: &str = "\
Examples:
  wirediff man > ~/.local/share/man/man1/wirediff.1 && man wirediff
  wirediff man | man -l -";

/// Arguments of `wirediff completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete in.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

const LINEAGE_EXAMPLES: &str = "\
Examples:
  wirediff lineage fixtures/iran-deportations/
      the five versions' reuse graph, as a forest
  wirediff lineage -v wire/ rewrites/
      with every piece of evidence for each direction
  wirediff lineage --format dot feed/ | dot -Tsvg > lineage.svg
      a picture (Graphviz)
  wirediff lineage --format json feed/ |
    jq '.edges[] | select(.direction == \"directed\")'
      the directed edges, for a script (schema wirediff.lineage/1)

Exit status: 0 done, 2 trouble.";

/// Arguments of `wirediff lineage`.
#[derive(Debug, Args)]
pub struct LineageArgs {
    /// The documents: files, directories (their *.txt files, sorted), or - (once).
    #[arg(value_name = "PATHS", required = true, num_args = 1..)]
    pub paths: Vec<String>,

    /// Output format: `text` for people, `json` (schema wirediff.lineage/1)
    /// for programs, `dot` for Graphviz.
    #[arg(long, value_enum, default_value_t = GraphFormat::Text)]
    pub format: GraphFormat,

    /// Show every piece of evidence for each edge's direction (text format).
    #[arg(short, long)]
    pub verbose: bool,

    #[command(flatten)]
    pub sources: SourceArgs,
}

/// Output formats of a graph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GraphFormat {
    /// Text for people.
    Text,
    /// JSON for programs.
    Json,
    /// Graphviz DOT.
    Dot,
}

const CHECK_EXAMPLES: &str = "\
Examples:
  cd fixtures/iran-deportations && wirediff check nyt-rewrite.txt --against .
      how much of the NYT rewrite the other versions carry, and where
  wirediff check -q --max-reuse 0.3 draft.txt --against archive/ || echo over
      a script's yes/no
  wirediff check --all --format csv feed/ > reuse.csv
      every document against all the others, one row per pair, for a spreadsheet
  wirediff check --format json draft.txt --against archive/ |
    jq '.suspects[0].sources[:3]'
      the three sources that explain most of a draft
  wirediff check -q --fail-on quote,number rewrite.txt --against wire/
      fail when a rewrite altered a quote or a number it took from the wire

Exit status: 0 no suspect over a limit (or no limit given), 1 a suspect over
a limit
(or, with --fail-on, reused text carrying a change of those kinds), 2 trouble.";

/// Arguments of `wirediff check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The texts to check (files, directories of *.txt, or - once). With
    /// --all, the documents to check against each other.
    #[arg(value_name = "SUSPECT", required = true, num_args = 1..)]
    pub suspects: Vec<String>,

    /// The sources: files or directories of *.txt (a suspect among them is
    /// not checked against itself).
    #[arg(long, value_name = "PATHS", num_args = 1.., required_unless_present = "all", conflicts_with = "all")]
    pub against: Vec<String>,

    /// Check every document given against all the others.
    #[arg(long)]
    pub all: bool,

    /// Largest share (0 to 1) of a suspect's words that may be reused.
    #[arg(long, value_name = "SHARE", value_parser = parse_share)]
    pub max_reuse: Option<f32>,

    /// Largest share (0 to 1) of a suspect's words that may come from any one source.
    #[arg(long, value_name = "SHARE", value_parser = parse_share)]
    pub max_source: Option<f32>,

    /// Shortest reused passage, in words, that counts: shorter matches
    /// (stock phrases like "the White House said") are ignored.
    #[arg(long, value_name = "WORDS", default_value_t = wirediff::DEFAULT_MIN_PASSAGE)]
    pub min_passage: usize,

    /// Output format: `text`, `json` (schema wirediff.check/2) or `csv`
    /// (one row per suspect and source).
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    pub format: CheckFormat,

    /// Outlets whose copy may be reused freely (a wire you subscribe to):
    /// comma-separated ids from `wirediff outlets`. Reuse from a source
    /// whose text names one of them as its outlet is reported as licensed
    /// and kept out of --max-reuse and --max-source.
    #[arg(long, value_name = "OUTLETS", value_delimiter = ',')]
    pub licensed: Vec<String>,

    /// Add outlets from a JSON file, or override built-in ones with the same
    /// id (the form of `wirediff outlets --format json`); an entry with
    /// `"licensed": true` is licensed as if given to --licensed.
    #[arg(long, value_name = "FILE")]
    pub outlets: Option<String>,

    /// Print nothing: only the exit status tells.
    #[arg(short, long)]
    pub quiet: bool,

    /// Exit 1 when reused text carries a change of meaning of these kinds
    /// (comma-separated: negation, number, quote, hedge, date, speaker; or
    /// `all`): a
    /// rewrite that altered a quote it took. With the limits, either fails.
    #[arg(long, value_name = "KINDS", value_delimiter = ',', value_parser = parse_flag_kind)]
    pub fail_on: Vec<FlagKinds>,

    /// Similarity (0 to 1) from which two sentences count as the same content.
    #[arg(long, default_value_t = wirediff::DEFAULT_MIN_SIMILARITY, value_name = "SCORE", value_parser = parse_share)]
    pub min_similarity: f32,
}

/// `wirediff check --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// Text for people.
    Text,
    /// JSON for programs.
    Json,
    /// CSV for spreadsheets.
    Csv,
}

const TRACE_EXAMPLES: &str = "\
Examples:
  wirediff trace fixtures/iran-deportations/
      whose reporting each sentence of the five versions is
  cd fixtures/iran-deportations && wirediff trace -v --doc afp-rewrite.txt .
      one document, with the evidence for each origin
  wirediff trace --label ours.txt=reuters ours.txt theirs/
      say which outlet a document is when its text does not tell
  wirediff trace --format json feed/ | jq '.breakdown'
      share of each document's words by origin

Exit status: 0 traced, 2 trouble.";

/// Arguments of `wirediff trace`.
#[derive(Debug, Args)]
pub struct TraceArgs {
    /// The documents: files, directories (their *.txt files, sorted), or - (once).
    #[arg(value_name = "PATHS", required = true, num_args = 1..)]
    pub paths: Vec<String>,

    /// Output format: `text` for people, `json` (schema wirediff.trace/2) for programs.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,

    /// Show the evidence for each origin (text format).
    #[arg(short, long)]
    pub verbose: bool,

    /// Show only this document (traced against all the others).
    #[arg(long, value_name = "PATH")]
    pub doc: Option<String>,

    #[command(flatten)]
    pub sources: SourceArgs,
}

/// What `trace` and `lineage` share: which outlet a document is, more
/// outlets, and when two sentences carry the same content.
#[derive(Debug, Args)]
pub struct SourceArgs {
    /// Say which outlet a document is (repeatable): PATH=OUTLET, OUTLET an id
    /// from `wirediff outlets`.
    #[arg(long, value_name = "PATH=OUTLET")]
    pub label: Vec<String>,

    /// Add outlets from a JSON file, or override built-in ones with the same id
    /// (same form as `wirediff outlets --format json`).
    #[arg(long, value_name = "FILE")]
    pub outlets: Option<String>,

    /// Similarity (0 to 1) from which two sentences count as the same content.
    #[arg(long, default_value_t = wirediff::DEFAULT_MIN_SIMILARITY, value_name = "SCORE", value_parser = parse_share)]
    pub min_similarity: f32,

    /// What a crawl or a CMS knows of the documents, for when their text does
    /// not say it: CSV with a header row, or JSON Lines, with a `path` and any
    /// of `outlet` (id or name), `published` (2024-03-25T14:05:00Z,
    /// 2024-03-25 14:05 or 2024-03-25) and `url`. The text's own evidence
    /// wins; a different outlet in the metadata is shown as a conflict.
    #[arg(long, value_name = "FILE")]
    pub meta: Option<String>,
}

const OUTLETS_EXAMPLES: &str = "\
Examples:
  wirediff outlets
      every outlet and institution, with the names trace finds it by
  wirediff outlets --format json > outlets.json
      the registry (schema wirediff.outlets/1), to edit and give back
  wirediff trace --outlets outlets.json wire/ sites/
      trace with your own outlets added (same id: yours replaces the built-in)
  wirediff outlets --format json |
    jq -r '.outlets[] | select(.kind == \"wire\") | .id'
      the wire agencies' ids

Exit status: 0 done, 2 trouble (an outlets file that is not valid).";

/// Arguments of `wirediff outlets`.
#[derive(Debug, Args)]
pub struct OutletsArgs {
    /// Output format: `text`, or `json` (the form --outlets accepts).
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,

    /// Include the outlets of this JSON file.
    #[arg(long, value_name = "FILE")]
    pub outlets: Option<String>,
}

const ALIGN_EXAMPLES: &str = "\
Examples:
  wirediff align fixtures/iran-deportations/
      every version of the story side by side, passage by passage
  wirediff align --matrix fixtures/iran-deportations/*.txt
      how much of each version each other version shares
  wirediff align --format json feed/ | jq '.unique | length'
      how many sentences only one outlet has
  wirediff align --fail-on all ours.txt feed/
      exit 1 only if a version changed a negation, number, quote, hedge, date
      or credit

Exit status: 0 every document has the same sentences, 1 they differ, 2 trouble.
With --fail-on: 1 when some passage carries a change of those kinds, else 0.";

/// Arguments of `wirediff align`.
#[derive(Debug, Args)]
pub struct AlignArgs {
    /// Two or more documents: files, directories (their *.txt files, sorted),
    /// or - for standard input (once).
    #[arg(value_name = "PATHS", required = true, num_args = 1..)]
    pub paths: Vec<String>,

    /// Output format: `text` for people, `json` (schema wirediff.align/1) for programs.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,

    /// Print only the documents × documents table of shared words (text format).
    #[arg(long)]
    pub matrix: bool,

    /// Past 50 documents, text output shows each passage's first witness and
    /// names the others, and counts each document's own sentences: show
    /// everything in full instead.
    #[arg(long)]
    pub all: bool,

    /// Exit 1 only when matched text carries a change of meaning of these
    /// kinds (comma-separated: negation, number, quote, hedge, date,
    /// speaker; or `all`), and 0 otherwise, whatever else differs.
    #[arg(long, value_name = "KINDS", value_delimiter = ',', value_parser = parse_flag_kind)]
    pub fail_on: Vec<FlagKinds>,

    /// Similarity (0 to 1) from which two sentences count as the same content.
    /// Lower finds more paraphrases and more false pairs.
    #[arg(long, default_value_t = wirediff::DEFAULT_MIN_SIMILARITY, value_name = "SCORE", value_parser = parse_share)]
    pub min_similarity: f32,
}

/// Arguments of `wirediff diff`.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The earlier or reference version (a file, or - for standard input).
    #[arg(value_name = "OLD")]
    pub old: String,

    /// The version to compare with it (a file, or - for standard input).
    #[arg(value_name = "NEW")]
    pub new: String,

    /// Output format: `text` for people, `json` (schema wirediff.diff/1) for programs.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,

    /// Show OLD and NEW in two columns (in one when the width leaves fewer
    /// than 12 columns a side).
    #[arg(short = 'y', long)]
    pub side_by_side: bool,

    /// Exit 1 only when matched text carries a change of meaning of these
    /// kinds (comma-separated: negation, number, quote, hedge, date,
    /// speaker; or `all`), and 0 otherwise, whatever else differs.
    #[arg(long, value_name = "KINDS", value_delimiter = ',', value_parser = parse_flag_kind)]
    pub fail_on: Vec<FlagKinds>,

    /// Similarity (0 to 1) from which two sentences count as the same content.
    /// Lower finds more paraphrases and more false pairs.
    #[arg(long, default_value_t = wirediff::DEFAULT_MIN_SIMILARITY, value_name = "SCORE", value_parser = parse_share)]
    pub min_similarity: f32,
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when writing to a terminal.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Text for people.
    Text,
    /// JSON for programs.
    Json,
}

/// One value of `--fail-on`: a kind of change of meaning, or all of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlagKinds(pub Vec<wirediff::FlagKind>);

fn parse_flag_kind(s: &str) -> Result<FlagKinds, String> {
    let s = s.trim();
    if s == "all" {
        return Ok(FlagKinds(wirediff::FlagKind::ALL.to_vec()));
    }
    wirediff::FlagKind::from_name(s)
        .map(|k| FlagKinds(vec![k]))
        .ok_or_else(|| {
            let names: Vec<&str> = wirediff::FlagKind::ALL.iter().map(|k| k.name()).collect();
            format!(
                "`{s}` is no kind of change (one of: {}, all)",
                names.join(", ")
            )
        })
}

fn parse_size(s: &str) -> Result<u64, String> {
    // Binary multiples, as the help says: 64M, 64MB and 64MiB are 64 MiB.
    parse_size::Config::new()
        .with_binary()
        .parse_size(s.trim())
        .map_err(|e| match e {
            parse_size::Error::PosOverflow => format!("`{s}` is too large"),
            _ => format!("`{s}` is not a size (examples: 1000000, 512K, 64M, 1G)"),
        })
}

fn parse_share(s: &str) -> Result<f32, String> {
    match s.parse::<f32>() {
        Ok(x) if (0.0..=1.0).contains(&x) => Ok(x),
        _ => Err(format!("`{s}` is not a number from 0 to 1")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse() {
        assert_eq!(parse_size("64M"), Ok(64 << 20));
        assert_eq!(parse_size("512k"), Ok(512 << 10));
        assert_eq!(parse_size("100"), Ok(100));
        assert_eq!(parse_size("1.5K"), Ok(1536));
        assert_eq!(parse_size("2 GiB"), Ok(2 << 30));
        assert!(parse_size("lots").is_err());
        assert!(parse_size("99999999999G")
            .unwrap_err()
            .contains("too large"));
    }

    #[test]
    fn cli_is_well_formed() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
