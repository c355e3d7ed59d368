//! An aim she holds (K), as an Open Badges 3.0 credential she can show anyone: the
//! achievement aligned to its curriculum aim, its name and description in Norwegian and
//! her language, the evidence her mentor saw, issued by the signing mentor's `did:key`
//! and signed offline (see [`crate::credential`]). Saved in `prints/` as the JSON and as
//! a badge PNG with the credential baked in.

use serde::Serialize;
use serde_json::{json, Value};
use ts_rs::TS;

use super::Mark;
use crate::api::Mestre;
use crate::credential::{baked, did_key, proof, CREDENTIALS_V2, OPEN_BADGES_V3};
use crate::error::{Error, ErrorKind, Result};

/// 1EdTech's JSON schema for an achievement credential.
pub const SCHEMA: &str = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";
/// The badge picture's side, in pixels.
const BADGE_PX: u32 = 400;

/// A credential as saved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct IssuedCredential {
    pub id: String,
    /// The signed credential (JSON) and the badge picture with it baked in (PNG).
    pub json: String,
    pub png: String,
}

/// An RFC 3339 time of a moment in milliseconds.
fn rfc3339(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms).map_or_else(String::new, |t| t.format("%Y-%m-%dT%H:%M:%SZ").to_string())
}

/// "Pakke og merke mat" or "Pakke og merke mat / تغليف الطعام" when they differ.
fn both(work: &str, home: &str, between: &str) -> String {
    if home.is_empty() || home == work {
        work.to_string()
    } else {
        format!("{work}{between}{home}")
    }
}

impl Mestre {
    /// The signed Open Badges 3.0 credential of an aim a trainee holds at K (mentors, with
    /// their key: it signs), saved as JSON and as a baked badge PNG.
    pub fn issue_credential(&self, person_id: &str, aim_id: &str) -> Result<IssuedCredential> {
        let signer = self.require_mentor_key()?;
        let standing = self.standing(person_id)?;
        let aim = standing.aim(aim_id)?;
        let mark = standing
            .mark(aim_id)
            .filter(|m| m.mark == Mark::Checked)
            .ok_or_else(|| Error::new(ErrorKind::AimNotChecked, format!("{aim_id} is not checked (K)")))?;
        let public: [u8; 32] = hex::decode(signer.key.public_hex())
            .ok()
            .and_then(|b| b.try_into().ok())
            .ok_or_else(|| Error::new(ErrorKind::Storage, "the mentor's key is not Ed25519"))?;
        let issuer = did_key::did(&public);
        let cafe = self.cafe()?.map(|c| c.name).unwrap_or_default();
        let mentor = self.require_mentor()?.person.name.clone();
        let title = standing.pack_text(&aim.message_id());
        let plain = standing.pack_text(&aim.plain_id());
        let area = standing.pack.area_of(aim).map(|a| a.title_nb.clone()).unwrap_or_default();
        let curriculum = standing.pack.curricula.iter().find(|c| c.code == aim.curriculum).map(|c| c.title_nb.clone()).unwrap_or_default();
        let evidence: Vec<Value> = standing
            .evidence_counts(aim_id)
            .into_iter()
            .map(|(kind, count)| {
                let name = standing.localizer.format(&standing.work, &kind.message_id(), &[]);
                json!({ "type": ["Evidence"], "name": crate::reports::layout::printable(&name), "description": format!("{count}") })
            })
            .collect();
        let id = format!("urn:uuid:{}", crate::new_id());
        let mut credential = json!({
            "@context": [CREDENTIALS_V2, OPEN_BADGES_V3],
            "id": id,
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "issuer": { "id": issuer, "type": ["Profile"], "name": format!("{cafe} ({mentor})") },
            "validFrom": rfc3339(mark.signed_ms),
            "name": both(&title.work, &title.home, " / "),
            "description": both(&plain.work, &plain.home, "\n\n"),
            "credentialSubject": {
                "type": ["AchievementSubject"],
                "identifier": [{
                    "type": "IdentityObject",
                    "identityHash": standing.person.name,
                    "identityType": "name",
                    "hashed": false
                }],
                "achievement": {
                    "id": format!("urn:mestre:aim:{}", aim.id),
                    "type": ["Achievement"],
                    "name": both(&title.work, &title.home, " / "),
                    "description": both(&plain.work, &plain.home, "\n\n"),
                    "criteria": { "narrative": aim.official },
                    "inLanguage": standing.work,
                    "alignment": [{
                        "type": ["Alignment"],
                        "targetName": format!("{} {}", aim.code, area),
                        "targetDescription": aim.official,
                        "targetFramework": curriculum,
                        "targetCode": aim.code,
                        "targetUrl": format!("urn:mestre:curriculum:{}", aim.id)
                    }]
                }
            },
            "credentialSchema": [{ "id": SCHEMA, "type": "1EdTechJsonSchemaValidator2019" }]
        });
        if !evidence.is_empty() {
            credential["evidence"] = Value::Array(evidence);
        }
        let options = proof::options(&did_key::verification_method(&public), &rfc3339(self.now_ms()));
        let signed = proof::attach(&credential, options, |data| signer.key.sign_raw(data))?;
        let text = serde_json::to_string_pretty(&signed).map_err(|e| Error::new(ErrorKind::Storage, e.to_string()))?;
        let picture = crate::reports::pieces::ui_picture(&aim.picture).unwrap_or_default();
        let png = baked::bake(picture, BADGE_PX, &text)?;
        let dir = self.data_dir().ok_or_else(|| Error::new(ErrorKind::Storage, "no data folder to save the credential in"))?;
        let name = format!("badge-{}-{}", aim.code, standing.person.name);
        let json_path = crate::reports::output::save_file(dir, &name, "json", text.as_bytes())?;
        let png_path = crate::reports::output::save_file(dir, &name, "png", &png)?;
        Ok(IssuedCredential { id, json: json_path.display().to_string(), png: png_path.display().to_string() })
    }
}

/// What `mestre verify` says about a file: who issued it, for what, when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckedCredential {
    pub issuer: String,
    pub issuer_name: String,
    pub achievement: String,
    pub subject: String,
    pub signed: String,
}

/// Verify a credential file offline: its JSON, or a PNG with one baked in.
pub fn verify_file(bytes: &[u8]) -> Result<CheckedCredential> {
    let text = if bytes.starts_with(b"\x89PNG") {
        baked::unbake(bytes)?
    } else {
        String::from_utf8(bytes.to_vec()).map_err(|_| Error::new(ErrorKind::CredentialInvalid, "not text"))?
    };
    let credential: Value = serde_json::from_str(&text).map_err(|e| Error::new(ErrorKind::CredentialInvalid, format!("not JSON: {e}")))?;
    let verified = proof::verify(&credential, &[])?;
    let text_at = |pointer: &str| credential.pointer(pointer).and_then(Value::as_str).unwrap_or("").to_string();
    Ok(CheckedCredential {
        issuer: verified.issuer,
        issuer_name: verified.issuer_name,
        achievement: text_at("/credentialSubject/achievement/name"),
        subject: text_at("/credentialSubject/identifier/0/identityHash"),
        signed: verified.created,
    })
}
