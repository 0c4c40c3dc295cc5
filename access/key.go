package access

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"stelsel"
)

// MinKeyBytes is the shortest secret key stelsel accepts.
const MinKeyBytes = 32

// LoadKey reads the secret key called name (for messages: "audit", "identiteit") that
// must be kept outside the database: from the file at path when path is set (a flag such
// as --audit-key-file), else from the environment variable envVar. The value is hex or
// base64 text of at least MinKeyBytes bytes. A key file readable by group or others is
// refused, so a key does not leak through a careless copy. A missing key is an error
// that says how to provide one; callers must not fall back to a default key.
func LoadKey(name, envVar, path string, getenv func(string) string) ([]byte, error) {
	var text, from string
	switch {
	case path != "":
		st, err := os.Stat(path)
		if err != nil {
			return nil, stelsel.Invalid("sleutel", "%s-sleutel: bestand %s niet te lezen: %v", name, path, errors.Unwrap(err))
		}
		if st.Mode().Perm()&0o077 != 0 {
			return nil, stelsel.Invalid("sleutel", "%s-sleutel: bestand %s is leesbaar voor anderen (rechten %v); zet ze op 0600", name, path, st.Mode().Perm())
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, stelsel.Invalid("sleutel", "%s-sleutel: bestand %s niet te lezen: %v", name, path, errors.Unwrap(err))
		}
		text, from = string(b), "bestand "+path
	case getenv != nil && getenv(envVar) != "":
		text, from = getenv(envVar), "$"+envVar
	default:
		return nil, stelsel.Invalid("sleutel", "geen %s-sleutel: zet $%s (%d bytes, hex of base64) of geef het sleutelbestand op; maak er een met: head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \\n'", name, envVar, MinKeyBytes)
	}
	key, err := decodeKey(strings.TrimSpace(text))
	if err != nil {
		return nil, stelsel.Invalid("sleutel", "%s-sleutel uit %s: %v", name, from, err)
	}
	return key, nil
}

func decodeKey(s string) ([]byte, error) {
	if b, err := hex.DecodeString(s); err == nil {
		if len(b) < MinKeyBytes {
			return nil, fmt.Errorf("te kort: %d bytes, minstens %d", len(b), MinKeyBytes)
		}
		return b, nil
	}
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
		if b, err := enc.DecodeString(s); err == nil {
			if len(b) < MinKeyBytes {
				return nil, fmt.Errorf("te kort: %d bytes, minstens %d", len(b), MinKeyBytes)
			}
			return b, nil
		}
	}
	return nil, errors.New("geen hex of base64")
}

// EnsureKeyFile returns the key in the file at path, creating the file with a new random
// key (mode 0600) when it does not exist. Only the demo uses it: in production the key
// is made and kept by the operator, away from the database.
func EnsureKeyFile(path string) ([]byte, error) {
	if _, err := os.Stat(path); err == nil {
		return LoadKey("audit", "", path, nil)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("key file %s: %w", path, err)
	}
	b := make([]byte, MinKeyBytes)
	if _, err := rand.Read(b); err != nil {
		return nil, fmt.Errorf("make key: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("key file %s: %w", path, err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return LoadKey("audit", "", path, nil) // made by a process beside us
	} else if err != nil {
		return nil, fmt.Errorf("key file %s: %w", path, err)
	}
	_, err = f.WriteString(hex.EncodeToString(b) + "\n")
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return nil, fmt.Errorf("key file %s: %w", path, err)
	}
	return b, nil
}
