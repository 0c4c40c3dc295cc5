package main

import (
	"path/filepath"
	"time"

	"stelsel/access"
	"stelsel/db"
	"stelsel/integrity"
)

// The audit key: every command that writes or checks the audit trail needs it. It comes
// from the file named by $STELSEL_AUDIT_KEY_FILE (or --audit-key-file where a command
// has it), else from $STELSEL_AUDIT_KEY; it is never stored in the database.
const (
	auditKeyEnv     = "STELSEL_AUDIT_KEY"
	auditKeyFileEnv = "STELSEL_AUDIT_KEY_FILE"
)

// The identity key protects confidential reporters' identities (package integrity): from
// the file named by --identity-key-file or $STELSEL_IDENTITY_KEY_FILE, else from
// $STELSEL_IDENTITY_KEY. serve refuses to start without it.
const identityKeyFileEnv = "STELSEL_IDENTITY_KEY_FILE"

// identityKey loads the identity key; file overrides $STELSEL_IDENTITY_KEY_FILE.
func identityKey(e env, file string) ([]byte, error) {
	if file == "" {
		file = e.getenv(identityKeyFileEnv)
	}
	return access.LoadKey("identiteit", integrity.IdentityKeyEnv, file, e.getenv)
}

// auditKey loads the audit key; file overrides $STELSEL_AUDIT_KEY_FILE.
func auditKey(e env, file string) ([]byte, error) {
	if file == "" {
		file = e.getenv(auditKeyFileEnv)
	}
	return access.LoadKey("audit", auditKeyEnv, file, e.getenv)
}

// keyedTrail returns the audit trail of d with the audit key loaded.
func keyedTrail(e env, d *db.DB, file string) (*access.Trail, error) {
	key, err := auditKey(e, file)
	if err != nil {
		return nil, err
	}
	t := access.NewTrail(d, time.Now)
	t.SetKey(key)
	return t, nil
}

// demoEnv gives the demo an audit key of its own when none is configured: a key file in
// the data directory, made on the first run. Only the demo may keep the key beside the
// database.
func demoEnv(e env) (env, error) {
	e, err := demoKey(e, auditKeyEnv, auditKeyFileEnv, "audit.key")
	if err != nil {
		return e, err
	}
	return demoKey(e, integrity.IdentityKeyEnv, identityKeyFileEnv, "identiteit.key")
}

// demoKey gives the demo the key named by envVar (or fileEnv) when none is configured: a
// key file in the data directory, made on the first run.
func demoKey(e env, envVar, fileEnv, name string) (env, error) {
	if e.getenv(envVar) != "" || e.getenv(fileEnv) != "" {
		return e, nil
	}
	path := filepath.Join(db.DataDir(e.getenv), name)
	if _, err := access.EnsureKeyFile(path); err != nil {
		return e, err
	}
	outer := e.getenv
	e.getenv = func(k string) string {
		if k == fileEnv {
			return path
		}
		return outer(k)
	}
	return e, nil
}
