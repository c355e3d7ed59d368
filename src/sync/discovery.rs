//! Finding paired devices on the café network with mDNS (DNS-SD): each device announces
//! `_mestre._tcp` with its certificate hash in the TXT record; others browse and sync
//! with the ones they are paired with. Café Wi-Fi often blocks multicast, so a typed
//! address (remembered after the first sync) is always the fallback.

use std::net::SocketAddr;

use mdns_sd::{IfKind, ServiceDaemon, ServiceEvent, ServiceInfo};

use crate::error::{Error, ErrorKind, Result};

pub const SERVICE: &str = "_mestre._tcp.local.";
const ID_KEY: &str = "id";

/// A Mestre device heard on the network.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub cert_hash: String,
    pub addresses: Vec<SocketAddr>,
}

fn mdns_error(e: mdns_sd::Error) -> Error {
    Error::new(ErrorKind::PeerUnreachable, format!("mdns: {e}"))
}

/// Where to announce and listen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Every network interface: the café network.
    Network,
    /// This machine only (tests must not send multicast onto a real network).
    Loopback,
    /// No mDNS at all; typed addresses only.
    Off,
}

impl Scope {
    /// From `MESTRE_MDNS` (`loopback`, `off`); the network otherwise.
    pub fn from_env() -> Self {
        match std::env::var("MESTRE_MDNS").as_deref() {
            Ok("loopback") => Scope::Loopback,
            Ok("off") => Scope::Off,
            _ => Scope::Network,
        }
    }
}

fn daemon(scope: Scope) -> Result<ServiceDaemon> {
    if scope == Scope::Off {
        return Err(Error::new(ErrorKind::PeerUnreachable, "mDNS is off"));
    }
    let daemon = ServiceDaemon::new().map_err(mdns_error)?;
    if scope == Scope::Loopback {
        daemon.disable_interface(IfKind::All).map_err(mdns_error)?;
        daemon.enable_interface(vec![IfKind::LoopbackV4]).map_err(mdns_error)?;
    }
    Ok(daemon)
}

/// Announces this device while alive.
pub struct Announcer {
    daemon: ServiceDaemon,
}

impl Drop for Announcer {
    fn drop(&mut self) {
        let _ = self.daemon.shutdown();
    }
}

pub fn announce(cert_hash: &str, port: u16, scope: Scope) -> Result<Announcer> {
    let daemon = daemon(scope)?;
    let short = &cert_hash[..cert_hash.len().min(12)];
    let info =
        ServiceInfo::new(SERVICE, &format!("mestre-{short}"), &format!("mestre-{short}.local."), "", port, &[(ID_KEY, cert_hash)][..])
            .map_err(mdns_error)?
            .enable_addr_auto();
    daemon.register(info).map_err(mdns_error)?;
    Ok(Announcer { daemon })
}

/// Browses while alive, calling `on_found` for every device resolved.
pub struct Browser {
    daemon: ServiceDaemon,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.daemon.shutdown();
    }
}

pub fn browse(scope: Scope, on_found: impl Fn(Found) + Send + 'static) -> Result<Browser> {
    let daemon = daemon(scope)?;
    let events = daemon.browse(SERVICE).map_err(mdns_error)?;
    std::thread::spawn(move || {
        while let Ok(event) = events.recv() {
            if let ServiceEvent::ServiceResolved(service) = event {
                let Some(id) = service.get_property_val_str(ID_KEY) else { continue };
                let addresses = service.get_addresses().iter().map(|ip| SocketAddr::new(ip.to_ip_addr(), service.port)).collect();
                on_found(Found { cert_hash: id.to_string(), addresses });
            }
        }
    });
    Ok(Browser { daemon })
}
