//! A café of several devices without the façade: replicas in temp dirs sharing one trust
//! root, each introduced by the founding mentor, for tests of what sync accepts.

use mestre::cafe::{CafeDraft, Country};
use mestre::changes::{Change, DeviceId, Draft, MentorSigner};
use mestre::people::{PersonDraft, Role};
use mestre::sync::Replica;
use mestre::trust::{introduction, new_mentor_key, TrustRoot};

use crate::support::T0;

pub const FOUNDER: &str = "mentor-ingrid";
pub const AMINA: &str = "trainee-amina";
pub const HODAN: &str = "trainee-hodan";
pub const CAFE: &str = "cafe-kime";

pub struct TestCafe {
    pub replicas: Vec<Replica>,
    pub founder: MentorSigner,
    _dirs: Vec<tempfile::TempDir>,
}

impl TestCafe {
    /// `devices` replicas of one café: a founder (mentor), two trainees (Amina and
    /// Hodan), every device introduced, everything known everywhere.
    pub fn new(devices: usize) -> Self {
        let dirs: Vec<_> = (0..devices).map(|_| tempfile::tempdir().unwrap()).collect();
        let mut replicas: Vec<Replica> = dirs.iter().map(|d| Replica::open(d.path(), T0).unwrap()).collect();
        let (founder, key_row) = new_mentor_key(FOUNDER, "kaffe-og-kake").unwrap();
        let root = TrustRoot { founder: FOUNDER.into(), public_key: founder.key.public_hex(), legacy: Default::default() };
        for r in &mut replicas {
            r.store.pin_trust_root(&root, T0).unwrap();
        }
        let mut drafts: Vec<Draft> = replicas.iter().map(|r| introduction(&r.log_id, CAFE, &r.name, &r.device_key.public_hex())).collect();
        drafts.push(key_row.into());
        drafts.push(CafeDraft::new(CAFE, CAFE).name("Kafe KIME").country(Country::Norway).into());
        for (id, name, role) in [(FOUNDER, "Ingrid", Role::Mentor), (AMINA, "Amina", Role::Trainee), (HODAN, "Hodan", Role::Trainee)] {
            drafts.push(PersonDraft::new(id, id).display_name(name).role(role).ui_lang("nb").home_lang("nb").created_ms(T0).into());
        }
        replicas[0].record_as(FOUNDER, Some(&founder), T0, drafts).unwrap();
        let mut cafe = TestCafe { replicas, founder, _dirs: dirs };
        for i in 1..devices {
            cafe.exchange(0, i);
        }
        cafe
    }

    /// Write on device `at` as `author` (with a mentor's key if given).
    pub fn write(&mut self, at: usize, author: &str, mentor: Option<&MentorSigner>, drafts: Vec<Draft>) -> mestre::Result<Vec<Change>> {
        self.replicas[at].record_as(author, mentor, T0 + 1_000, drafts)
    }

    /// What `from` holds that `to` lacks, as the network would carry it.
    pub fn missing(&self, to: usize, from: usize) -> Vec<Change> {
        let vector = self.replicas[to].store.version_vector().unwrap();
        self.replicas[from].store.changes_after(&vector, usize::MAX, usize::MAX).unwrap()
    }

    /// The same exchange the network does: each side receives what it lacks.
    pub fn exchange(&mut self, a: usize, b: usize) {
        if a == b {
            return;
        }
        for (to, from) in [(a, b), (b, a)] {
            let changes = self.missing(to, from);
            self.replicas[to].apply(T0 + 2_000, "peer", changes).unwrap();
        }
    }

    /// A change the founder signs as written on device `at` (the `nth` after its log),
    /// then `edit`ed after her signature and before the device's: what a tampering
    /// tablet could send.
    pub fn signed_by_founder(&self, at: usize, nth: i64, draft: Draft, edit: &dyn Fn(&mut Change)) -> Change {
        let r = &self.replicas[at];
        let seq = r.store.version_vector().unwrap().get(&r.log_id.0).copied().unwrap_or(0) + nth;
        let mut change = Change::from_draft(r.log_id.clone(), seq, mestre::changes::Hlc::new((T0 + 5_000 + nth) as u64, 0), FOUNDER, draft);
        self.founder.sign(&mut change);
        edit(&mut change);
        mestre::changes::signing::sign_as_device(&r.device_key, &mut change);
        change
    }

    /// Why device `at` refused the changes it keeps in quarantine, sorted.
    pub fn refusals(&self, at: usize) -> Vec<String> {
        let mut reasons: Vec<String> = self.replicas[at].store.refused(100).unwrap().into_iter().map(|r| r.reason).collect();
        reasons.sort();
        reasons
    }

    /// The data directory of device `at`.
    pub fn dir(&self, at: usize) -> std::path::PathBuf {
        self._dirs[at].path().to_path_buf()
    }

    pub fn log_id(&self, at: usize) -> DeviceId {
        self.replicas[at].log_id.clone()
    }
}
