//! poksho: non-interactive Schnorr-style proofs of knowledge for linear relations over
//! the Ristretto group, compatible with Signal's `poksho` crate.
//!
//! A [`Statement`] is a list of equations `P_lhs = Σ s_i · P_j` where the `s_i` are
//! secret scalars (the witness) and the `P` are public points. A proof shows knowledge of
//! scalars satisfying all equations at once, bound to an arbitrary message.
//!
//! Protocol (written from the description in `shared/notes/crypto-and-zkgroup.md` §1.2):
//!
//! * Scalar and point names receive indices in order of first appearance; point index 0
//!   is always the Ristretto base point `G` (name `"G"`). Only the structure reaches the
//!   transcript, never the names.
//! * Description `D = u8 #eq || for each eq: u8 lhs || u8 #terms || (u8 scalar, u8 point)*`.
//! * Transcript: `ShoHmacSha256("POKSHO_Ristretto_SHOHMACSHA256")`, absorb `D`, absorb the
//!   compressed encoding of every point in index order (including `G`), ratchet.
//! * Nonces: a clone of the transcript absorbs 32 random bytes and every witness scalar
//!   (32 bytes LE, index order), ratchets, absorbs-and-ratchets the message, then squeezes
//!   `64·#scalars` bytes, each 64-byte chunk reduced wide to a nonce scalar.
//! * Challenge: the transcript absorbs the compressed commitment `Σ nonce_i · P_j` of every
//!   equation, absorbs-and-ratchets the message, and `c` = wide reduction of 64 squeezed bytes.
//! * Proof bytes: `c || r_0 || … || r_{n-1}` with `r_i = nonce_i + c · x_i`, 32 bytes each.
//!
//! Verification recomputes each commitment as `Σ r_i · P_j − c · P_lhs` and checks the
//! challenge in constant time. No function here panics on any input.

use std::collections::HashMap;

use curve25519_dalek::constants::RISTRETTO_BASEPOINT_POINT;
use curve25519_dalek::ristretto::RistrettoPoint;
use curve25519_dalek::scalar::Scalar;
use curve25519_dalek::traits::{Identity, MultiscalarMul, VartimeMultiscalarMul};
use subtle::ConstantTimeEq;

use super::sho::ShoHmacSha256;

/// Transcript label of the poksho Ristretto / HMAC-SHA256 instantiation.
pub const POKSHO_LABEL: &[u8] = b"POKSHO_Ristretto_SHOHMACSHA256";

/// Name reserved for the Ristretto base point (point index 0).
pub const BASEPOINT_NAME: &str = "G";

/// Maximum number of scalars (= responses) and of points; indices must fit in a byte.
pub const MAX_SCALARS: usize = 256;
/// Maximum number of points, including the base point.
pub const MAX_POINTS: usize = 256;
/// Maximum number of equations and of terms per equation (counts are encoded as a byte).
pub const MAX_EQUATIONS: usize = 255;
/// Maximum number of terms in one equation.
pub const MAX_TERMS: usize = 255;

/// Named scalar arguments (the witness) for [`Statement::prove`].
pub type ScalarArgs<'a> = HashMap<&'a str, Scalar>;
/// Named point arguments for [`Statement::prove`] and [`Statement::verify_proof`].
/// The base point `"G"` is implicit and need not (and cannot) be supplied.
pub type PointArgs<'a> = HashMap<&'a str, RistrettoPoint>;

/// Errors from building, proving or verifying a poksho statement.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PokshoError {
    /// The statement has no equations, an equation without terms, or exceeds the byte-sized limits.
    #[error("invalid statement: {0}")]
    InvalidStatement(&'static str),
    /// A scalar named in the statement was not supplied to the prover.
    #[error("missing scalar argument {0:?}")]
    MissingScalar(String),
    /// A point named in the statement was not supplied.
    #[error("missing point argument {0:?}")]
    MissingPoint(String),
    /// The proof has the wrong length, too many or too few responses.
    #[error("malformed proof encoding")]
    MalformedProof,
    /// A scalar in the proof is not canonically encoded.
    #[error("non-canonical scalar in proof")]
    NonCanonicalScalar,
    /// The proof does not verify.
    #[error("proof verification failed")]
    VerificationFailure,
    /// The prover's witness does not satisfy the statement (self-check failed).
    #[error("witness does not satisfy the statement")]
    ProofCreationFailure,
}

/// One `(scalar index, point index)` term.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Term {
    scalar: usize,
    point: usize,
}

/// One equation `P_lhs = Σ terms`.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Equation {
    lhs: usize,
    terms: Vec<Term>,
}

/// A parsed proof: challenge and responses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proof {
    /// The Fiat–Shamir challenge `c`.
    pub challenge: Scalar,
    /// One response per scalar, in scalar-index order.
    pub responses: Vec<Scalar>,
}

impl Proof {
    /// Serializes as `c || r_0 || … || r_{n-1}`.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(32 * (1 + self.responses.len()));
        out.extend_from_slice(self.challenge.as_bytes());
        for r in &self.responses {
            out.extend_from_slice(r.as_bytes());
        }
        out
    }

    /// Parses `c || r_0 || …`, rejecting lengths that are not a positive multiple of 32,
    /// more than [`MAX_SCALARS`] responses, and non-canonical scalars.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, PokshoError> {
        if bytes.len() < 32 || !bytes.len().is_multiple_of(32) {
            return Err(PokshoError::MalformedProof);
        }
        let count = bytes.len() / 32 - 1;
        if count > MAX_SCALARS {
            return Err(PokshoError::MalformedProof);
        }
        let mut scalars = bytes.chunks_exact(32).map(|chunk| {
            let mut b = [0u8; 32];
            b.copy_from_slice(chunk);
            Option::<Scalar>::from(Scalar::from_canonical_bytes(b))
                .ok_or(PokshoError::NonCanonicalScalar)
        });
        let challenge = scalars.next().ok_or(PokshoError::MalformedProof)??;
        let responses = scalars.collect::<Result<Vec<_>, _>>()?;
        Ok(Proof {
            challenge,
            responses,
        })
    }
}

/// A poksho statement: a set of linear equations over named scalars and points.
///
/// ```text
/// let mut st = Statement::new();
/// st.add("hash", &[("a", "G1"), ("b", "G2"), ("c", "G3")]);
/// ```
#[derive(Clone, Debug, Default)]
pub struct Statement {
    equations: Vec<Equation>,
    scalar_names: Vec<String>,
    point_names: Vec<String>,
    /// Set when `add` was called with an argument that breaks the encoding limits.
    invalid: Option<&'static str>,
}

impl Statement {
    /// Creates an empty statement; point index 0 is the base point `"G"`.
    pub fn new() -> Self {
        Statement {
            equations: Vec::new(),
            scalar_names: Vec::new(),
            point_names: vec![BASEPOINT_NAME.to_string()],
            invalid: None,
        }
    }

    fn index_of(names: &mut Vec<String>, name: &str) -> usize {
        if let Some(i) = names.iter().position(|n| n == name) {
            i
        } else {
            names.push(name.to_string());
            names.len() - 1
        }
    }

    /// Adds the equation `lhs = Σ scalar · point` for `(scalar, point)` in `rhs`.
    ///
    /// Names receive indices in order of first appearance (the left-hand point first,
    /// then the terms from left to right). Limit violations are reported by
    /// [`Statement::prove`] / [`Statement::verify_proof`], never by panicking.
    pub fn add(&mut self, lhs: &str, rhs: &[(&str, &str)]) -> &mut Self {
        if self.point_names.is_empty() {
            // Defensive: a `Default`-constructed statement lacks the base point.
            self.point_names.push(BASEPOINT_NAME.to_string());
        }
        let lhs = Self::index_of(&mut self.point_names, lhs);
        let terms = rhs
            .iter()
            .map(|(s, p)| Term {
                scalar: Self::index_of(&mut self.scalar_names, s),
                point: Self::index_of(&mut self.point_names, p),
            })
            .collect::<Vec<_>>();
        if terms.is_empty() {
            self.invalid.get_or_insert("equation without terms");
        }
        if terms.len() > MAX_TERMS {
            self.invalid.get_or_insert("too many terms in an equation");
        }
        self.equations.push(Equation { lhs, terms });
        self
    }

    /// Number of distinct scalars (= number of responses in a proof).
    pub fn num_scalars(&self) -> usize {
        self.scalar_names.len()
    }

    /// Number of distinct points, including the base point.
    pub fn num_points(&self) -> usize {
        self.point_names.len().max(1)
    }

    fn check(&self) -> Result<(), PokshoError> {
        if let Some(why) = self.invalid {
            return Err(PokshoError::InvalidStatement(why));
        }
        if self.equations.is_empty() {
            return Err(PokshoError::InvalidStatement("no equations"));
        }
        if self.equations.len() > MAX_EQUATIONS {
            return Err(PokshoError::InvalidStatement("too many equations"));
        }
        if self.scalar_names.len() > MAX_SCALARS {
            return Err(PokshoError::InvalidStatement("too many scalars"));
        }
        if self.point_names.len() > MAX_POINTS {
            return Err(PokshoError::InvalidStatement("too many points"));
        }
        Ok(())
    }

    /// The byte description `D` of the statement's structure.
    pub fn description(&self) -> Result<Vec<u8>, PokshoError> {
        self.check()?;
        let byte =
            |v: usize| u8::try_from(v).map_err(|_| PokshoError::InvalidStatement("index overflow"));
        let mut d = vec![byte(self.equations.len())?];
        for eq in &self.equations {
            d.push(byte(eq.lhs)?);
            d.push(byte(eq.terms.len())?);
            for t in &eq.terms {
                d.push(byte(t.scalar)?);
                d.push(byte(t.point)?);
            }
        }
        Ok(d)
    }

    /// Resolves the named points into index order (index 0 = base point).
    fn resolve_points(&self, args: &PointArgs<'_>) -> Result<Vec<RistrettoPoint>, PokshoError> {
        self.point_names
            .iter()
            .enumerate()
            .map(|(i, name)| {
                if i == 0 {
                    Ok(RISTRETTO_BASEPOINT_POINT)
                } else {
                    args.get(name.as_str())
                        .copied()
                        .ok_or_else(|| PokshoError::MissingPoint(name.clone()))
                }
            })
            .collect()
    }

    /// The transcript after absorbing the description and all points, ratcheted.
    fn transcript(&self, points: &[RistrettoPoint]) -> Result<ShoHmacSha256, PokshoError> {
        let mut sho = ShoHmacSha256::new(POKSHO_LABEL);
        sho.absorb(&self.description()?);
        for p in points {
            sho.absorb(p.compress().as_bytes());
        }
        sho.ratchet();
        Ok(sho)
    }

    /// Evaluates `Σ s[scalar] · P[point]` for every equation (constant time in the scalars).
    fn homomorphism(&self, scalars: &[Scalar], points: &[RistrettoPoint]) -> Vec<RistrettoPoint> {
        self.equations
            .iter()
            .map(|eq| {
                let ss = eq
                    .terms
                    .iter()
                    .map(|t| scalars.get(t.scalar).copied().unwrap_or(Scalar::ZERO));
                let ps = eq.terms.iter().map(|t| {
                    points
                        .get(t.point)
                        .copied()
                        .unwrap_or(RistrettoPoint::identity())
                });
                // Constant time: the prover's nonces are secret.
                RistrettoPoint::multiscalar_mul(ss, ps)
            })
            .collect()
    }

    /// Derives the challenge from the transcript, the commitments and the message.
    fn challenge(mut sho: ShoHmacSha256, commitments: &[RistrettoPoint], message: &[u8]) -> Scalar {
        for r in commitments {
            sho.absorb(r.compress().as_bytes());
        }
        sho.absorb_and_ratchet(message);
        sho.get_scalar()
    }

    /// Proves knowledge of `scalars` satisfying the statement for `points`, bound to
    /// `message`. `randomness` must be 32 fresh random bytes (the nonce derivation also
    /// mixes in the witness, so reuse is not catastrophic, but proofs become linkable).
    ///
    /// The proof is verified before being returned; if the witness does not satisfy the
    /// statement, [`PokshoError::ProofCreationFailure`] is returned.
    pub fn prove(
        &self,
        scalars: &ScalarArgs<'_>,
        points: &PointArgs<'_>,
        message: &[u8],
        randomness: &[u8; 32],
    ) -> Result<Vec<u8>, PokshoError> {
        self.check()?;
        let witness = self
            .scalar_names
            .iter()
            .map(|name| {
                scalars
                    .get(name.as_str())
                    .copied()
                    .ok_or_else(|| PokshoError::MissingScalar(name.clone()))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let pts = self.resolve_points(points)?;
        let sho = self.transcript(&pts)?;

        let mut nonce_sho = sho.clone();
        nonce_sho.absorb(randomness);
        for x in &witness {
            nonce_sho.absorb(x.as_bytes());
        }
        nonce_sho.ratchet();
        nonce_sho.absorb_and_ratchet(message);
        let nonce_bytes = nonce_sho.squeeze_and_ratchet(64 * witness.len());
        let nonces = nonce_bytes
            .chunks_exact(64)
            .map(|c| {
                let mut b = [0u8; 64];
                b.copy_from_slice(c);
                Scalar::from_bytes_mod_order_wide(&b)
            })
            .collect::<Vec<_>>();

        let commitments = self.homomorphism(&nonces, &pts);
        let challenge = Self::challenge(sho, &commitments, message);
        let responses = nonces
            .iter()
            .zip(&witness)
            .map(|(n, x)| n + challenge * x)
            .collect::<Vec<_>>();
        let proof = Proof {
            challenge,
            responses,
        }
        .to_bytes();

        match self.verify_proof(&proof, points, message) {
            Ok(()) => Ok(proof),
            Err(_) => Err(PokshoError::ProofCreationFailure),
        }
    }

    /// Verifies `proof` for this statement, the given points and `message`.
    pub fn verify_proof(
        &self,
        proof: &[u8],
        points: &PointArgs<'_>,
        message: &[u8],
    ) -> Result<(), PokshoError> {
        self.check()?;
        let proof = Proof::from_bytes(proof)?;
        if proof.responses.len() != self.scalar_names.len() {
            return Err(PokshoError::MalformedProof);
        }
        let pts = self.resolve_points(points)?;
        let sho = self.transcript(&pts)?;

        let neg_c = -proof.challenge;
        let commitments = self
            .equations
            .iter()
            .map(|eq| {
                let ss = eq
                    .terms
                    .iter()
                    .map(|t| {
                        proof
                            .responses
                            .get(t.scalar)
                            .copied()
                            .unwrap_or(Scalar::ZERO)
                    })
                    .chain(std::iter::once(neg_c));
                let ps = eq
                    .terms
                    .iter()
                    .map(|t| {
                        pts.get(t.point)
                            .copied()
                            .unwrap_or(RistrettoPoint::identity())
                    })
                    .chain(std::iter::once(
                        pts.get(eq.lhs)
                            .copied()
                            .unwrap_or(RistrettoPoint::identity()),
                    ));
                RistrettoPoint::vartime_multiscalar_mul(ss, ps)
            })
            .collect::<Vec<_>>();
        let expected = Self::challenge(sho, &commitments, message);
        if bool::from(expected.as_bytes().ct_eq(proof.challenge.as_bytes())) {
            Ok(())
        } else {
            Err(PokshoError::VerificationFailure)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::sho::Sho;

    fn scalar(label: &[u8]) -> Scalar {
        Sho::new(b"poksho test", label).get_scalar()
    }
    fn point(label: &[u8]) -> RistrettoPoint {
        Sho::new(b"poksho test point", label).get_point()
    }

    #[test]
    fn description_and_indices() {
        let mut st = Statement::new();
        st.add("A", &[("a", "G"), ("b", "H")]);
        st.add("B", &[("b", "G"), ("c", "A")]);
        assert_eq!(st.num_scalars(), 3);
        assert_eq!(st.num_points(), 4); // G, A, H, B
        assert_eq!(
            st.description().unwrap(),
            vec![2, 1, 2, 0, 0, 1, 2, 3, 2, 1, 0, 2, 1]
        );
    }

    #[test]
    fn prove_verify_roundtrip_and_rejections() {
        let (a, b, c) = (scalar(b"a"), scalar(b"b"), scalar(b"c"));
        let h = point(b"H");
        let pa = RISTRETTO_BASEPOINT_POINT * a + h * b;
        let pb = RISTRETTO_BASEPOINT_POINT * b + pa * c;
        let mut st = Statement::new();
        st.add("A", &[("a", "G"), ("b", "H")]);
        st.add("B", &[("b", "G"), ("c", "A")]);
        let scalars: ScalarArgs = [("a", a), ("b", b), ("c", c)].into_iter().collect();
        let points: PointArgs = [("A", pa), ("B", pb), ("H", h)].into_iter().collect();
        let proof = st.prove(&scalars, &points, b"msg", &[9u8; 32]).unwrap();
        assert_eq!(proof.len(), 32 * 4);
        // Deterministic for fixed randomness.
        assert_eq!(
            proof,
            st.prove(&scalars, &points, b"msg", &[9u8; 32]).unwrap()
        );
        assert_ne!(
            proof,
            st.prove(&scalars, &points, b"msg", &[8u8; 32]).unwrap()
        );
        assert_eq!(st.verify_proof(&proof, &points, b"msg"), Ok(()));
        assert_eq!(
            st.verify_proof(&proof, &points, b"msh"),
            Err(PokshoError::VerificationFailure)
        );
        // Wrong point.
        let mut bad_points = points.clone();
        bad_points.insert("B", pb + RISTRETTO_BASEPOINT_POINT);
        assert_eq!(
            st.verify_proof(&proof, &bad_points, b"msg"),
            Err(PokshoError::VerificationFailure)
        );
        // Missing point.
        let mut missing = points.clone();
        missing.remove("H");
        assert_eq!(
            st.verify_proof(&proof, &missing, b"msg"),
            Err(PokshoError::MissingPoint("H".into()))
        );
        // Wrong witness is refused by the prover.
        let bad: ScalarArgs = [("a", a), ("b", b), ("c", a)].into_iter().collect();
        assert_eq!(
            st.prove(&bad, &points, b"msg", &[9u8; 32]),
            Err(PokshoError::ProofCreationFailure)
        );
        // Wrong response counts.
        assert_eq!(
            st.verify_proof(&proof[..96], &points, b"msg"),
            Err(PokshoError::MalformedProof)
        );
        let mut longer = proof.clone();
        longer.extend_from_slice(&[0u8; 32]);
        assert_eq!(
            st.verify_proof(&longer, &points, b"msg"),
            Err(PokshoError::MalformedProof)
        );
        // Non-canonical scalar (add the group order to the challenge).
        let mut nc = proof.clone();
        nc[31] |= 0xf0;
        assert_eq!(
            st.verify_proof(&nc, &points, b"msg"),
            Err(PokshoError::NonCanonicalScalar)
        );
        // Too many responses.
        assert_eq!(
            Proof::from_bytes(&vec![0u8; 32 * 258]),
            Err(PokshoError::MalformedProof)
        );
        assert!(Proof::from_bytes(&vec![0u8; 32 * 257]).is_ok());
        assert_eq!(Proof::from_bytes(&[]), Err(PokshoError::MalformedProof));
    }

    #[test]
    fn invalid_statements_do_not_panic() {
        let st = Statement::new();
        assert!(matches!(
            st.verify_proof(&[0u8; 32], &PointArgs::new(), b""),
            Err(PokshoError::InvalidStatement(_))
        ));
        let mut st = Statement::new();
        st.add("A", &[]);
        assert!(st.description().is_err());
        let st = Statement::default();
        assert!(st.description().is_err());
        let mut st = Statement::default();
        st.add("A", &[("a", "G")]);
        assert_eq!(st.description().unwrap(), vec![1, 1, 1, 0, 0]);
        let names: Vec<String> = (0..300).map(|i| format!("s{i}")).collect();
        let terms: Vec<(&str, &str)> = names.iter().map(|n| (n.as_str(), "G")).collect();
        let mut big = Statement::new();
        big.add("A", &terms);
        assert!(big.description().is_err());
    }
}
