//! Devices join the café by a mentor-signed introduction — its change-log id, name and
//! signing key — written when a mentor pairs it (or, for the device the café is set up
//! on, at setup), and leave by a mentor-signed retirement when she unpairs it: its
//! changes up to what was held then still count, nothing after.

use super::DeviceIntroDraft;
use crate::api::Mestre;
use crate::changes::{DeviceId, Draft};
use crate::error::Result;

/// The introduction of a device into café `cafe_id`.
pub fn introduction(log_id: &DeviceId, cafe_id: &str, name: &str, sign_key: &str) -> Draft {
    let name: String = name.chars().filter(|c| !c.is_control()).take(100).collect();
    DeviceIntroDraft::new(&log_id.0, cafe_id).name(name).sign_key(sign_key).retired_after_seq(None).into()
}

impl Mestre {
    /// This device's own introduction (signed by the mentor setting the café up).
    pub(crate) fn introduce_this_device(&self, cafe_id: &str) -> Draft {
        let replica = self.replica();
        introduction(&replica.log_id, cafe_id, &replica.name, &replica.device_key.public_hex())
    }

    /// Retire the device whose change log is `log_id`, under the signed-in mentor's key:
    /// every device then refuses its changes beyond those held here now. Nothing to do
    /// for a device that was never introduced (paired before changes were signed).
    pub(crate) fn retire_device(&mut self, log_id: &str) -> Result<()> {
        let Some(intro) = self.store().device_intro(log_id)? else { return Ok(()) };
        if intro.retired_after_seq.is_some() {
            return Ok(());
        }
        self.require_mentor_key()?;
        let held = self.store().version_vector()?.get(log_id).copied().unwrap_or(0);
        self.record(vec![DeviceIntroDraft::new(log_id, &intro.owner).retired_after_seq(Some(held)).into()])?;
        Ok(())
    }
}
