//! `INTAKE_TRUSTED_PROXIES`: the networks (CIDRs, IPv4 and IPv6) of the reverse proxies whose
//! `X-Forwarded-For` / `Forwarded` headers the service believes. Empty by default: then every
//! client is its TCP peer, and a forwarding header is never read.

use std::net::IpAddr;

/// One network: an address and how many leading bits of it count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cidr {
    base: IpAddr,
    bits: u8,
}

impl Cidr {
    /// `10.0.0.0/8`, `2001:db8::/32`, or a bare address (one host).
    pub fn parse(text: &str) -> Result<Self, String> {
        let text = text.trim();
        let (addr, bits) = match text.split_once('/') {
            Some((a, b)) => (a, Some(b)),
            None => (text, None),
        };
        let base: IpAddr = addr
            .parse()
            .map_err(|_| format!("{text:?} is not an IP address or CIDR network"))?;
        let max = if base.is_ipv4() { 32 } else { 128 };
        let bits = match bits {
            None => max,
            Some(b) => b
                .parse::<u8>()
                .ok()
                .filter(|b| *b <= max)
                .ok_or_else(|| format!("{text:?}: the prefix length must be 0 to {max}"))?,
        };
        Ok(Self { base, bits })
    }

    /// Whether `ip` lies in this network (an IPv4-mapped IPv6 address counts as IPv4).
    pub fn contains(&self, ip: IpAddr) -> bool {
        match (self.base, ip.to_canonical()) {
            (IpAddr::V4(n), IpAddr::V4(a)) => {
                prefix_equal(&n.octets(), &a.octets(), usize::from(self.bits))
            }
            (IpAddr::V6(n), IpAddr::V6(a)) => {
                prefix_equal(&n.octets(), &a.octets(), usize::from(self.bits))
            }
            _ => false,
        }
    }
}

fn prefix_equal(a: &[u8], b: &[u8], bits: usize) -> bool {
    let (whole, rest) = (bits / 8, bits % 8);
    if a[..whole] != b[..whole] {
        return false;
    }
    rest == 0 || {
        let mask = 0xffu8 << (8 - rest);
        a[whole] & mask == b[whole] & mask
    }
}

/// The trusted proxies' networks; empty: no proxy is trusted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<Cidr>);

impl TrustedProxies {
    /// A comma-separated list of CIDRs; a bad entry names itself and the variable.
    pub fn parse(text: &str) -> Result<Self, String> {
        text.split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(Cidr::parse)
            .collect::<Result<Vec<_>, _>>()
            .map(Self)
            .map_err(|e| format!("INTAKE_TRUSTED_PROXIES: {e}"))
    }

    /// Whether `ip` is one of the trusted proxies.
    pub fn trusts(&self, ip: IpAddr) -> bool {
        self.0.iter().any(|c| c.contains(ip))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn networks_contain_their_addresses_only() {
        let p = TrustedProxies::parse("10.0.0.0/8, 192.0.2.7, 2001:db8::/33").unwrap();
        assert!(p.trusts(ip("10.200.3.4")));
        assert!(p.trusts(ip("::ffff:10.1.1.1")));
        assert!(p.trusts(ip("192.0.2.7")));
        assert!(!p.trusts(ip("192.0.2.8")));
        assert!(!p.trusts(ip("11.0.0.1")));
        assert!(p.trusts(ip("2001:db8:7fff::1")));
        assert!(!p.trusts(ip("2001:db8:8000::1")));
        assert!(TrustedProxies::parse("").unwrap().is_empty());
        assert!(TrustedProxies::parse("0.0.0.0/0")
            .unwrap()
            .trusts(ip("8.8.8.8")));
    }

    #[test]
    fn a_bad_entry_is_named() {
        for bad in [
            "10.0.0.0/33",
            "10.0.0/8",
            "example.org",
            "::/129",
            "10.0.0.0/x",
        ] {
            let e = TrustedProxies::parse(&format!("127.0.0.1/32,{bad}")).unwrap_err();
            assert!(
                e.contains("INTAKE_TRUSTED_PROXIES") && e.contains(bad),
                "{e}"
            );
        }
    }
}
