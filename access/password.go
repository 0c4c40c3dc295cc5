package access

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"fmt"
	"strings"
	"sync"

	"golang.org/x/crypto/argon2"

	"stelsel"
)

// argon2id parameters: OWASP's minimum for argon2id (19 MiB, 2 passes, 1 lane). Stored
// hashes carry their own parameters, so raising these later keeps old hashes valid.
const (
	argonMemory  = 19 * 1024
	argonTime    = 2
	argonThreads = 1
	argonKeyLen  = 32
	argonSaltLen = 16
)

// MinPasswordLength is the shortest password stelsel accepts.
const MinPasswordLength = 12

// HashPassword returns the argon2id hash of password as a PHC string:
// $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>.
func HashPassword(password string) (string, error) {
	salt := make([]byte, argonSaltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", fmt.Errorf("hash password: %w", err)
	}
	key := argon2.IDKey([]byte(password), salt, argonTime, argonMemory, argonThreads, argonKeyLen)
	b64 := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s",
		argon2.Version, argonMemory, argonTime, argonThreads, b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

// CheckPassword reports whether password matches the PHC string hash. A malformed or
// empty hash never matches.
func CheckPassword(hash, password string) bool {
	parts := strings.Split(hash, "$")
	if len(parts) != 6 || parts[0] != "" || parts[1] != "argon2id" {
		return false
	}
	var version int
	if _, err := fmt.Sscanf(parts[2], "v=%d", &version); err != nil || version != argon2.Version {
		return false
	}
	var m, t uint32
	var p uint8
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &m, &t, &p); err != nil || m == 0 || t == 0 || p == 0 || m > 1<<22 || t > 64 {
		return false
	}
	b64 := base64.RawStdEncoding
	salt, err := b64.DecodeString(parts[4])
	if err != nil {
		return false
	}
	want, err := b64.DecodeString(parts[5])
	if err != nil || len(want) == 0 || len(want) > 128 {
		return false
	}
	got := argon2.IDKey([]byte(password), salt, t, m, p, uint32(len(want)))
	return subtle.ConstantTimeCompare(got, want) == 1
}

// dummyHash is checked against when a username does not exist, so that a failed login
// takes as long for unknown users as for known ones.
var dummyHash = sync.OnceValue(func() string {
	h, err := HashPassword("stelsel-dummy-password")
	if err != nil {
		panic(err)
	}
	return h
})

// ValidatePassword returns EINVALID when a new password is too weak.
func ValidatePassword(password string) error {
	if len([]rune(password)) < MinPasswordLength {
		return stelsel.Invalid("wachtwoord", "het wachtwoord moet minstens %d tekens lang zijn", MinPasswordLength)
	}
	if strings.TrimSpace(password) == "" {
		return stelsel.Invalid("wachtwoord", "het wachtwoord mag niet alleen uit spaties bestaan")
	}
	return nil
}

// GeneratePassword returns a random password of 20 characters from an alphabet without
// look-alikes (about 116 bits).
func GeneratePassword() string {
	const alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
	b := make([]byte, 20)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand does not fail on supported platforms
	}
	for i := range b {
		// 256 % 56 != 0 gives a slight bias; reject the top values to remove it.
		for b[i] >= 224 {
			if _, err := rand.Read(b[i : i+1]); err != nil {
				panic(err)
			}
		}
		b[i] = alphabet[int(b[i])%len(alphabet)]
	}
	return string(b)
}
