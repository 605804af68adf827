//! Passages from pairwise matches: sentences of many documents joined into
//! groups that carry the same content.
//!
//! Each pairwise match becomes a [`Link`] between sentences (nodes). Links
//! are applied best score first, each by its kind:
//!
//! 1. **Full** links (one sentence each side, comparable content) join the
//!    two sentences' groups, unless that would put two sentences of one
//!    document in a group: transitive chains (A≈B≈C) are followed, but
//!    never through a conflict.
//! 2. **Split** links (one sentence ↔ two or three adjacent sentences of
//!    another document) join the parts to the whole's group as a split
//!    witness, unless a part already stands in a group of its own with other
//!    documents; then the whole is a *partial* witness of that group too (it
//!    merged content that others keep apart).
//! 3. **Partial** links (a long sentence containing a short one) make the
//!    long sentence a partial witness of the short one's group without
//!    joining the groups, so a sentence that merges two facts never chains
//!    those two facts' passages together.
//! 4. **Shared content** ([`Clusters::attach`]), once the groups stand: a
//!    sentence that shares content with a member of another group becomes a
//!    partial witness of that group when it holds together with the group's
//!    sentences (on average [`COHESION`], and at least a loose match with
//!    [`ATTACH_SUPPORT`] of them), even when its document already has a
//!    witness there if one of the two is a heading: a headline and a lede
//!    of one document both carry the passage of the main fact. Two sentences in no group that share
//!    content form one.

/// Least mean similarity between the sentences of two groups for them to join.
pub const COHESION: f32 = 0.25;
/// Share of a group's sentences (from other documents) a sentence must match
/// at least loosely to be attached to the group as a partial witness: a
/// sentence that matches one member well and the rest not at all carries
/// another fact.
pub const ATTACH_SUPPORT: f32 = 0.8;
/// Most members of a group a sentence is scored against before it is attached.
const COHESION_SAMPLE: usize = 64;

/// A node is a sentence, numbered across all documents.
pub(crate) type Node = u32;

/// One pairwise match between sentences of two documents.
#[derive(Debug, Clone)]
pub(crate) enum Link {
    /// Two sentences with the same content.
    Full { a: Node, b: Node, score: f32 },
    /// `whole` carries the content of adjacent `parts` of another document.
    Split {
        whole: Node,
        parts: Vec<Node>,
        score: f32,
    },
    /// `whole` carries the content of `part` and more besides.
    Partial { whole: Node, part: Node, score: f32 },
    /// A pair that scores as the same content but that the pairwise
    /// alignment did not take (it took a better partner for one of them):
    /// `whole` is the one with more content.
    Extra { whole: Node, part: Node, score: f32 },
}

impl Link {
    fn score(&self) -> f32 {
        match self {
            Link::Full { score, .. }
            | Link::Split { score, .. }
            | Link::Partial { score, .. }
            | Link::Extra { score, .. } => *score,
        }
    }

    fn rank(&self) -> u8 {
        match self {
            Link::Full { .. } => 0,
            Link::Split { .. } => 1,
            Link::Partial { .. } => 2,
            Link::Extra { .. } => 3,
        }
    }

    fn first(&self) -> Node {
        match self {
            Link::Full { a, .. } => *a,
            Link::Split { whole, .. } | Link::Partial { whole, .. } | Link::Extra { whole, .. } => {
                *whole
            }
        }
    }
}

/// A member of a cluster: a node and whether it is a partial witness
/// attached to the group without joining it.
pub(crate) type ClusterMember = (Node, bool);

/// Groups of sentences under construction (a union-find that refuses
/// unions putting two sentences of one document together).
pub(crate) struct Clusters<'s> {
    /// Similarity of two nodes, for the cohesion test of [`COHESION`].
    similarity: &'s (dyn Fn(Node, Node) -> f32 + Sync),
    parent: Vec<Node>,
    doc_of: Vec<u32>,
    /// For each root, its nodes (ascending).
    members: Vec<Vec<Node>>,
    /// For each root, its documents (ascending, unique).
    docs: Vec<Vec<u32>>,
    /// Partial witnesses of another group: (node, a node of that group).
    extras: Vec<(Node, Node)>,
    /// For each root, its partial witnesses (once [`Clusters::attach`] ran).
    attached: Vec<Vec<Node>>,
}

impl<'s> Clusters<'s> {
    /// One singleton group per node; `doc_of[n]` is node `n`'s document;
    /// `similarity` scores two nodes.
    pub(crate) fn new(
        doc_of: Vec<u32>,
        similarity: &'s (dyn Fn(Node, Node) -> f32 + Sync),
    ) -> Self {
        let n = doc_of.len();
        Clusters {
            similarity,
            parent: (0..n as Node).collect(),
            members: (0..n as Node).map(|x| vec![x]).collect(),
            docs: doc_of.iter().map(|&d| vec![d]).collect(),
            extras: Vec::new(),
            attached: vec![Vec::new(); n],
            doc_of,
        }
    }

    /// Apply `links`, best score first (at equal scores: full, split,
    /// partial, extra).
    pub(crate) fn apply(&mut self, mut links: Vec<Link>) {
        links.sort_by(|x, y| {
            y.score()
                .total_cmp(&x.score())
                .then(x.rank().cmp(&y.rank()))
                .then(x.first().cmp(&y.first()))
        });
        for link in links {
            match link {
                Link::Full { a, b, .. } => {
                    if self.cohesive(a, b) {
                        self.join(a, b, None);
                    }
                }
                Link::Split { whole, parts, .. } => self.split(whole, &parts),
                Link::Partial { whole, part, .. } => self.partial(whole, part),
                Link::Extra { whole, part, .. } => self.extra(whole, part),
            }
        }
    }

    /// Attach sentences to the groups of the sentences they share content
    /// with: `pairs` are `(score, node, partner)` for sentences of two
    /// documents, applied best first, each attaching `node` to the groups of
    /// `partner`; `loose` is the similarity of a loose match; `heading[n]`
    /// says whether node `n` is a heading. Call once, after [`Clusters::apply`].
    pub(crate) fn attach(
        &mut self,
        mut pairs: Vec<(f32, Node, Node)>,
        loose: f32,
        heading: &[bool],
    ) {
        self.settle_extras();
        pairs.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
        let n = self.parent.len();
        let mut groups_of: Vec<Vec<Node>> = (0..n as Node).map(|x| vec![self.find(x)]).collect();
        for (root, nodes) in self.attached.iter().enumerate() {
            for &x in nodes {
                groups_of[x as usize].push(root as Node);
            }
        }
        for &(_, node, other) in &pairs {
            for k in 0..groups_of[other as usize].len() {
                let root = groups_of[other as usize][k];
                if !groups_of[node as usize].contains(&root)
                    && self.beside_own_ok(node, root, heading)
                    && self.holds_with(node, root, loose)
                {
                    self.attached[root as usize].push(node);
                    groups_of[node as usize].push(root);
                }
            }
        }
        for &(_, x, y) in &pairs {
            if groups_of[x as usize].len() == 1
                && groups_of[y as usize].len() == 1
                && self.is_alone(x)
                && self.is_alone(y)
                && self.join(x, y, None)
            {
                let root = self.find(x);
                groups_of[x as usize] = vec![root];
                groups_of[y as usize] = vec![root];
            }
        }
    }

    /// May `node` join group `root` given its own document's sentences
    /// there: always when the group has none; beside them only as a
    /// heading or beside a heading (a headline and the lede it sums up).
    fn beside_own_ok(&self, node: Node, root: Node, heading: &[bool]) -> bool {
        let doc = self.doc_of[node as usize];
        let r = root as usize;
        let own: Vec<Node> = self.members[r]
            .iter()
            .chain(&self.attached[r])
            .copied()
            .filter(|&x| self.doc_of[x as usize] == doc)
            .collect();
        own.is_empty() || heading[node as usize] || own.iter().all(|&x| heading[x as usize])
    }

    /// Does `node` hold with the sentences of group `root` (members and
    /// partial witnesses) from other documents: at least [`COHESION`] on
    /// average, and at least `loose` with [`ATTACH_SUPPORT`] of them? False
    /// for a lone sentence: two lone sentences that share content are
    /// joined instead.
    fn holds_with(&self, node: Node, root: Node, loose: f32) -> bool {
        let doc = self.doc_of[node as usize];
        let r = root as usize;
        if self.members[r].len() < 2 {
            return false;
        }
        let others: Vec<Node> = self.members[r]
            .iter()
            .chain(&self.attached[r])
            .copied()
            .filter(|&x| self.doc_of[x as usize] != doc)
            .take(COHESION_SAMPLE)
            .collect();
        if others.is_empty() {
            return false;
        }
        let scores: Vec<f32> = others.iter().map(|&y| (self.similarity)(node, y)).collect();
        let n = scores.len() as f32;
        let close = scores.iter().filter(|&&s| s >= loose).count() as f32;
        scores.iter().sum::<f32>() / n >= COHESION && close >= ATTACH_SUPPORT * n
    }

    /// Move the partial witnesses of [`Clusters::apply`] to their group's
    /// root, keeping only those whose document the group lacks.
    fn settle_extras(&mut self) {
        for (node, target) in std::mem::take(&mut self.extras) {
            let root = self.find(target) as usize;
            let doc = self.doc_of[node as usize];
            if self.docs[root].binary_search(&doc).is_err() && !self.attached[root].contains(&node)
            {
                self.attached[root].push(node);
            }
        }
    }

    /// The groups with members from at least two documents, each with its
    /// partial witnesses, members ascending.
    pub(crate) fn into_groups(mut self) -> Vec<Vec<ClusterMember>> {
        self.settle_extras();
        let mut out = Vec::new();
        for root in 0..self.parent.len() {
            if self.parent[root] != root as Node {
                continue;
            }
            let mut group: Vec<ClusterMember> =
                self.members[root].iter().map(|&x| (x, false)).collect();
            group.extend(self.attached[root].iter().map(|&x| (x, true)));
            group.sort_unstable();
            let first_doc = self.doc_of[group[0].0 as usize];
            if group
                .iter()
                .any(|&(x, _)| self.doc_of[x as usize] != first_doc)
            {
                out.push(group);
            }
        }
        out
    }

    fn find(&mut self, mut x: Node) -> Node {
        while self.parent[x as usize] != x {
            let up = self.parent[self.parent[x as usize] as usize];
            self.parent[x as usize] = up;
            x = up;
        }
        x
    }

    /// Would the groups of `a` and `b` hold together: do their sentences
    /// score at least [`COHESION`] against each other on average? This stops
    /// chains of loose matches (A≈B, B≈C) from joining unrelated content.
    fn cohesive(&mut self, a: Node, b: Node) -> bool {
        let (ra, rb) = (self.find(a) as usize, self.find(b) as usize);
        let (ma, mb) = (&self.members[ra], &self.members[rb]);
        if ma.len() == 1 && mb.len() == 1 {
            return true;
        }
        let mut sum = 0.0;
        for &x in ma {
            for &y in mb {
                sum += (self.similarity)(x, y);
            }
        }
        sum / (ma.len() * mb.len()) as f32 >= COHESION
    }

    fn is_alone(&mut self, x: Node) -> bool {
        let r = self.find(x) as usize;
        self.members[r].len() == 1
    }

    /// Join the groups of `a` and `b` unless they share a document (other
    /// than `allow`, the document of a split witness). True when joined.
    fn join(&mut self, a: Node, b: Node, allow: Option<u32>) -> bool {
        let (ra, rb) = (self.find(a) as usize, self.find(b) as usize);
        if ra == rb {
            return false;
        }
        let clash = self.docs[ra]
            .iter()
            .any(|d| Some(*d) != allow && self.docs[rb].binary_search(d).is_ok());
        if clash {
            return false;
        }
        let (big, small) = if self.members[ra].len() >= self.members[rb].len() {
            (ra, rb)
        } else {
            (rb, ra)
        };
        self.parent[small] = big as Node;
        let moved = std::mem::take(&mut self.members[small]);
        self.members[big].extend(moved);
        self.members[big].sort_unstable();
        let moved = std::mem::take(&mut self.docs[small]);
        self.docs[big].extend(moved);
        self.docs[big].sort_unstable();
        self.docs[big].dedup();
        true
    }

    fn split(&mut self, whole: Node, parts: &[Node]) {
        let doc = self.doc_of[parts[0] as usize];
        for &p in parts {
            let rp = self.find(p) as usize;
            if rp == self.find(whole) as usize {
                continue;
            }
            if self.docs[rp] == [doc] {
                // Only this document's sentences so far: a split witness,
                // if the whole's group holds no other sentence of it.
                let rw = self.find(whole) as usize;
                let others = self.members[rw]
                    .iter()
                    .any(|&x| self.doc_of[x as usize] == doc && !parts.contains(&x));
                if !others {
                    self.join(whole, p, Some(doc));
                }
            } else {
                self.add_extra(whole, p);
            }
        }
    }

    fn partial(&mut self, whole: Node, part: Node) {
        if self.find(whole) == self.find(part) {
            return;
        }
        if !(self.is_alone(whole) && self.cohesive(whole, part) && self.join(whole, part, None)) {
            self.add_extra(whole, part);
        }
    }

    fn extra(&mut self, whole: Node, part: Node) {
        if self.find(whole) == self.find(part) || !self.cohesive(whole, part) {
            return;
        }
        if self.is_alone(whole) || self.is_alone(part) {
            self.join(whole, part, None);
        } else if self.cohesive_alone(whole, part) {
            self.add_extra(whole, part);
        }
    }

    /// Does `node` alone score at least [`COHESION`] on average against the group of `other`?
    fn cohesive_alone(&mut self, node: Node, other: Node) -> bool {
        let r = self.find(other) as usize;
        let members = &self.members[r];
        let sum: f32 = members.iter().map(|&y| (self.similarity)(node, y)).sum();
        sum / members.len() as f32 >= COHESION
    }

    fn add_extra(&mut self, whole: Node, part: Node) {
        let rp = self.find(part) as usize;
        let doc = self.doc_of[whole as usize];
        if self.docs[rp].binary_search(&doc).is_err() {
            self.extras.push((whole, part));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full(a: Node, b: Node, score: f32) -> Link {
        Link::Full { a, b, score }
    }

    #[test]
    fn chains_join_but_never_two_sentences_of_one_document() {
        // Documents: 0 = nodes 0,1; 1 = node 2; 2 = node 3.
        let sim = |_: Node, _: Node| 1.0;
        let mut c = Clusters::new(vec![0, 0, 1, 2], &sim);
        c.apply(vec![full(0, 2, 0.9), full(2, 3, 0.8), full(1, 3, 0.7)]);
        let groups = c.into_groups();
        assert_eq!(groups, vec![vec![(0, false), (2, false), (3, false)]]);
    }

    #[test]
    fn merged_sentence_is_partial_in_both_passages() {
        // Doc 0: node 0 ("A and B"); doc 1: nodes 1 ("A"), 2 ("B");
        // doc 2: nodes 3 ("A"), 4 ("B").
        let sim = |_: Node, _: Node| 1.0;
        let mut c = Clusters::new(vec![0, 1, 1, 2, 2], &sim);
        c.apply(vec![
            full(1, 3, 0.9),
            full(2, 4, 0.9),
            Link::Split {
                whole: 0,
                parts: vec![1, 2],
                score: 0.8,
            },
        ]);
        let groups = c.into_groups();
        assert_eq!(
            groups,
            vec![
                vec![(0, true), (1, false), (3, false)],
                vec![(0, true), (2, false), (4, false)]
            ]
        );
    }

    #[test]
    fn split_parts_join_the_whole() {
        let sim = |_: Node, _: Node| 1.0;
        let mut c = Clusters::new(vec![0, 1, 1], &sim);
        c.apply(vec![Link::Split {
            whole: 0,
            parts: vec![1, 2],
            score: 0.8,
        }]);
        assert_eq!(
            c.into_groups(),
            vec![vec![(0, false), (1, false), (2, false)]]
        );
    }
}
