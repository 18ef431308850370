//! Catalog versions: `MAJOR.MINOR.PATCH` as semver writes them (no
//! pre-release or build part), and the bump a change requires as Cargo reads
//! semver: before 1.0.0 a breaking change bumps the minor and anything else
//! the patch.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Version {
    pub major: u64,
    pub minor: u64,
    pub patch: u64,
}

/// What a change means for an app that depends on the package, in
/// increasing order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Class {
    /// Texts only: the same code compiles and behaves the same.
    Patch,
    /// Code that compiled still compiles; new things, or behaviour apps may branch on.
    Additive,
    /// Code that compiled may no longer compile.
    Breaking,
}

impl Class {
    pub fn id(self) -> &'static str {
        match self {
            Class::Patch => "patch",
            Class::Additive => "additive",
            Class::Breaking => "breaking",
        }
    }
}

impl Version {
    /// Parses `1.2.3`: three decimal numbers without leading zeros.
    pub fn parse(s: &str) -> Result<Version, String> {
        let parts: Vec<&str> = s.split('.').collect();
        let num = |p: &str| -> Option<u64> {
            let ok = !p.is_empty()
                && p.bytes().all(|b| b.is_ascii_digit())
                && (p == "0" || !p.starts_with('0'));
            ok.then(|| p.parse().ok()).flatten()
        };
        match parts.as_slice() {
            [a, b, c] => match (num(a), num(b), num(c)) {
                (Some(major), Some(minor), Some(patch)) => Ok(Version {
                    major,
                    minor,
                    patch,
                }),
                _ => Err(format!(
                    "version {s:?} is not MAJOR.MINOR.PATCH (three numbers without leading zeros, e.g. 0.2.0)"
                )),
            },
            _ => Err(format!(
                "version {s:?} is not MAJOR.MINOR.PATCH (e.g. 0.2.0; pre-release and build parts are not supported)"
            )),
        }
    }

    /// The smallest version after `self` that a change of class `c` allows.
    pub fn bump(self, c: Class) -> Version {
        let Version {
            major,
            minor,
            patch,
        } = self;
        match (c, major) {
            (Class::Breaking, 0) => Version::new(0, minor + 1, 0),
            (Class::Breaking, _) => Version::new(major + 1, 0, 0),
            (Class::Additive, 0) | (Class::Patch, _) => Version::new(major, minor, patch + 1),
            (Class::Additive, _) => Version::new(major, minor + 1, 0),
        }
    }

    pub const fn new(major: u64, minor: u64, patch: u64) -> Version {
        Version {
            major,
            minor,
            patch,
        }
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_only_plain_semver() {
        assert_eq!(Version::parse("0.2.0"), Ok(Version::new(0, 2, 0)));
        assert_eq!(Version::parse("10.0.31"), Ok(Version::new(10, 0, 31)));
        for bad in ["0.2", "01.2.3", "1.2.3-rc1", "1.2.3.4", "", "a.b.c", "1..2"] {
            assert!(Version::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn bumps_as_cargo_reads_semver() {
        let v = Version::new(0, 1, 4);
        assert_eq!(v.bump(Class::Breaking), Version::new(0, 2, 0));
        assert_eq!(v.bump(Class::Additive), Version::new(0, 1, 5));
        assert_eq!(v.bump(Class::Patch), Version::new(0, 1, 5));
        let v = Version::new(1, 3, 4);
        assert_eq!(v.bump(Class::Breaking), Version::new(2, 0, 0));
        assert_eq!(v.bump(Class::Additive), Version::new(1, 4, 0));
        assert_eq!(v.bump(Class::Patch), Version::new(1, 3, 5));
        assert!(Version::new(0, 10, 0) > Version::new(0, 9, 9));
    }
}
