//! Build script of the `signal-api` crate in `generated/` (its manifest points here).
//!
//! `generated/` holds the code that openapi-generator's `rust-server` generator
//! produces from `api.yaml`, and `generated/forward/api.rs`, the `Api` implementation that
//! forwards each operation to its handler in `src/api/`, which the same run makes from
//! `tools/generator/forward.mustache`. It is committed so that a build needs no Java. This
//! script compares the SHA-256 of the generator's inputs (`api.yaml`, this script, the files
//! of `tools/generator/`) with the hash recorded in `generated/.generator-inputs.sha256` at the
//! last generation. When they differ it runs the generator (`openapi-generator-cli` 7.26.0
//! from PyPI, which needs Java 17) and rewrites `generated/` before the crate is compiled;
//! when it must regenerate and cannot, the build fails and says what to install.
//! `make generate` runs the same step by hand (`SIGNAL_FORCE_GENERATE=1`).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::{env, fs};

const GENERATOR_VERSION: &str = "7.26.0";
const HASH_FILE: &str = ".generator-inputs.sha256";
/// The generator's inputs besides `api.yaml` (this script post-processes its output), in
/// hashing order, relative to the project root.
const GENERATOR_INPUTS: [&str; 3] = ["build.rs", "tools/generator/config.yaml", "tools/generator/forward.mustache"];

fn main() {
    let crate_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let root = crate_dir.parent().expect("generated/ lives inside the project root").to_path_buf();
    let spec = root.join("api.yaml");
    println!("cargo:rerun-if-changed={}", spec.display());
    for file in GENERATOR_INPUTS {
        println!("cargo:rerun-if-changed={}", root.join(file).display());
    }
    println!("cargo:rerun-if-changed={}", crate_dir.join(HASH_FILE).display());
    println!("cargo:rerun-if-env-changed=SIGNAL_FORCE_GENERATE");

    let mut inputs = Vec::new();
    for path in std::iter::once(spec.clone()).chain(GENERATOR_INPUTS.iter().map(|f| root.join(f))) {
        inputs.extend(fs::read(&path).unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", path.display()))));
    }
    let want = sha256_hex(&inputs);
    let have = fs::read_to_string(crate_dir.join(HASH_FILE)).unwrap_or_default();
    let forced = env::var_os("SIGNAL_FORCE_GENERATE").is_some_and(|v| v == "1");
    if have.trim() == want && !forced {
        return;
    }
    regenerate(&spec, &root.join("tools/generator"), &crate_dir);
    fs::write(crate_dir.join(HASH_FILE), format!("{want}\n"))
        .unwrap_or_else(|e| fail(&format!("cannot record the generator inputs' hash: {e}")));
    println!("cargo:warning=generated/ was regenerated from api.yaml, build.rs and tools/generator/ ({want})");
}

/// Runs openapi-generator into a scratch directory, then replaces the generated
/// files (everything but the hash file) in `crate_dir`.
fn regenerate(spec: &Path, templates: &Path, crate_dir: &Path) {
    let out = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR")).join("openapi-out");
    let _ = fs::remove_dir_all(&out);
    let status = Command::new("openapi-generator-cli")
        .args(["generate", "-g", "rust-server", "--package-name", "signal-api"])
        .arg("-i")
        .arg(spec)
        .arg("-o")
        .arg(&out)
        .arg("-t")
        .arg(templates)
        .arg("-c")
        .arg(templates.join("config.yaml"))
        .args(["--additional-properties", "packageVersion=0.1.0,hideGenerationTimestamp=true"])
        .env("OPENAPI_GENERATOR_VERSION", GENERATOR_VERSION)
        .status();
    match status {
        Ok(s) if s.success() => {}
        Ok(s) => fail(&format!("openapi-generator-cli exited with {s}; see its output above")),
        Err(e) => fail(&format!(
            "api.yaml changed since generated/ was last generated, and openapi-generator-cli cannot be run ({e}).\n\
             Install it with `pip install openapi-generator-cli=={GENERATOR_VERSION}` (it needs Java 17), \
             then build again or run `make generate`."
        )),
    }
    patch_manifest(&out.join("Cargo.toml"));
    unescape_patterns(&out.join("src/models.rs"));
    for entry in ["src", "docs", "examples", "bin", "api", "tests", "forward", ".openapi-generator"] {
        let dst = crate_dir.join(entry);
        if dst.is_dir() {
            fs::remove_dir_all(&dst).unwrap_or_else(|e| fail(&format!("cannot clear {}: {e}", dst.display())));
        }
    }
    copy_tree(&out, crate_dir);
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in fs::read_dir(from).unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", from.display()))) {
        let entry = entry.expect("directory entry");
        let (src, dst) = (entry.path(), to.join(entry.file_name()));
        if src.is_dir() {
            fs::create_dir_all(&dst).expect("create generated directory");
            copy_tree(&src, &dst);
        } else {
            fs::copy(&src, &dst).unwrap_or_else(|e| fail(&format!("cannot copy {}: {e}", src.display())));
        }
    }
}

fn fail(msg: &str) -> ! {
    eprintln!("error: {msg}");
    panic!("{}", msg);
}

fn sha256_hex(data: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(data).iter().map(|b| format!("{b:02x}")).collect()
}

/// The generator writes its own manifest; point its `build` at this script and
/// give the script its one dependency.
/// The generator (7.26.0, `models.mustache`) renders each `pattern` of `api.yaml` into a
/// `Regex::new(r"...")` with `{{ pattern }}`, which HTML-escapes it: `=` becomes `&#x3D;`, and
/// a padded base64 value no longer matches. This restores the pattern's characters in those
/// lines, so that the models' `validator::Validate` checks what `api.yaml` says.
fn unescape_patterns(models: &Path) {
    let text = fs::read_to_string(models).unwrap_or_else(|e| fail(&format!("cannot read generated models: {e}")));
    let fixed: Vec<String> = text
        .lines()
        .map(|line| {
            if !line.contains("Regex::new(r\"") {
                return line.to_owned();
            }
            [("&#x3D;", "="), ("&#x27;", "'"), ("&#x60;", "`"), ("&#x2F;", "/"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&amp;", "&")]
                .iter()
                .fold(line.to_owned(), |l, (from, to)| l.replace(from, to))
        })
        .collect();
    let mut fixed = fixed.join("\n");
    if text.ends_with('\n') {
        fixed.push('\n');
    }
    fs::write(models, fixed).unwrap_or_else(|e| fail(&format!("cannot write generated models: {e}")));
}

fn patch_manifest(manifest: &Path) {
    let text = fs::read_to_string(manifest).unwrap_or_else(|e| fail(&format!("cannot read generated manifest: {e}")));
    let text = text.replacen("edition = \"2018\"", "edition = \"2018\"\nbuild = \"../build.rs\"", 1);
    let text = format!("{text}\n[build-dependencies]\nsha2 = \"0.11\"\n");
    fs::write(manifest, text).unwrap_or_else(|e| fail(&format!("cannot write generated manifest: {e}")));
}
