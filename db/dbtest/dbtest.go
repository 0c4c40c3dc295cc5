// Package dbtest gives tests real databases: a fresh SQLite file, and a fresh database in a
// throwaway PostgreSQL cluster that the test binary starts from the local initdb/pg_ctl.
//
// PostgreSQL tests skip with a clear message when no PostgreSQL is installed, unless
// STELSEL_REQUIRE_POSTGRES is set (CI sets it), in which case they fail. A package that
// uses Postgres must call dbtest.Main from its TestMain so the cluster is stopped.
package dbtest

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"stelsel/db"
)

// SQLite opens a migrated SQLite database in a temporary directory.
func SQLite(t testing.TB) *db.DB {
	t.Helper()
	d, err := db.Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatalf("open SQLite: %v", err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}

// Postgres opens a migrated, empty database in the shared throwaway cluster.
func Postgres(t testing.TB) *db.DB {
	t.Helper()
	dsn := PostgresDSN(t)
	d, err := db.Open(context.Background(), dsn)
	if err != nil {
		t.Fatalf("open PostgreSQL: %v", err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}

// PostgresDSN creates an empty database in the shared cluster and returns its DSN.
func PostgresDSN(t testing.TB) string {
	t.Helper()
	c, err := sharedCluster()
	if err != nil {
		if os.Getenv("STELSEL_REQUIRE_POSTGRES") != "" {
			t.Fatalf("PostgreSQL required (STELSEL_REQUIRE_POSTGRES is set): %v", err)
		}
		t.Skipf("skipping PostgreSQL test: %v (install PostgreSQL or set STELSEL_REQUIRE_POSTGRES to make this fail)", err)
	}
	name := fmt.Sprintf("t%d_%d", os.Getpid(), dbCounter.Add(1))
	if out, err := c.psql("CREATE DATABASE " + name); err != nil {
		t.Fatalf("create database %s: %v: %s", name, err, out)
	}
	return fmt.Sprintf("postgres://stelsel@127.0.0.1:%d/%s?sslmode=disable", c.port, name)
}

// Each runs fn as a subtest against SQLite and against PostgreSQL.
func Each(t *testing.T, fn func(t *testing.T, d *db.DB)) {
	t.Helper()
	t.Run("sqlite", func(t *testing.T) { fn(t, SQLite(t)) })
	t.Run("postgres", func(t *testing.T) { fn(t, Postgres(t)) })
}

// Main runs the package's tests and stops the PostgreSQL cluster afterwards.
// Use it as: func TestMain(m *testing.M) { dbtest.Main(m) }.
func Main(m *testing.M) {
	code := m.Run()
	if cluster != nil {
		cluster.stop()
	}
	os.Exit(code)
}

var (
	clusterOnce sync.Once
	cluster     *pgCluster
	clusterErr  error
	dbCounter   atomic.Int64
)

type pgCluster struct {
	bin  string
	dir  string
	port int
	cred *syscall.Credential
}

func sharedCluster() (*pgCluster, error) {
	clusterOnce.Do(func() { cluster, clusterErr = startCluster() })
	return cluster, clusterErr
}

// FindBin returns the directory holding initdb and pg_ctl.
func FindBin() (string, error) {
	if p, err := exec.LookPath("pg_ctl"); err == nil {
		if _, err := exec.LookPath("initdb"); err == nil {
			return filepath.Dir(p), nil
		}
	}
	matches, _ := filepath.Glob("/usr/lib/postgresql/*/bin/pg_ctl")
	if len(matches) == 0 {
		return "", fmt.Errorf("no PostgreSQL server found (initdb/pg_ctl on PATH or under /usr/lib/postgresql/*/bin)")
	}
	return filepath.Dir(matches[len(matches)-1]), nil
}

func startCluster() (*pgCluster, error) {
	bin, err := FindBin()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "stelsel-pg-")
	if err != nil {
		return nil, err
	}
	c := &pgCluster{bin: bin, dir: dir}
	// PostgreSQL refuses to run as root: run it as the postgres or nobody user.
	if os.Geteuid() == 0 {
		cred, err := unprivileged()
		if err != nil {
			return nil, err
		}
		c.cred = cred
		if err := os.Chmod(dir, 0o755); err != nil {
			return nil, err
		}
		if err := os.Chown(dir, int(cred.Uid), int(cred.Gid)); err != nil {
			return nil, err
		}
	}
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	c.port = port
	data := filepath.Join(dir, "data")
	if out, err := c.run("initdb", "-D", data, "-U", "stelsel", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"); err != nil {
		return nil, fmt.Errorf("initdb: %v: %s", err, out)
	}
	opts := fmt.Sprintf("-p %d -k %s -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_buffers=128MB", port, dir)
	if out, err := c.run("pg_ctl", "-D", data, "-o", opts, "-l", filepath.Join(dir, "log"), "-w", "-t", "60", "start"); err != nil {
		log, _ := os.ReadFile(filepath.Join(dir, "log"))
		return nil, fmt.Errorf("pg_ctl start: %v: %s %s", err, out, log)
	}
	return c, nil
}

func (c *pgCluster) run(name string, args ...string) ([]byte, error) {
	cmd := exec.Command(filepath.Join(c.bin, name), args...)
	cmd.Dir = c.dir
	cmd.Env = append(os.Environ(), "LC_ALL=C.UTF-8")
	if c.cred != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: c.cred}
	}
	return cmd.CombinedOutput()
}

func (c *pgCluster) psql(sql string) ([]byte, error) {
	psql := filepath.Join(c.bin, "psql")
	if _, err := os.Stat(psql); err != nil {
		psql = "psql"
	}
	cmd := exec.Command(psql, "-h", "127.0.0.1", "-p", strconv.Itoa(c.port), "-U", "stelsel", "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-c", sql)
	return cmd.CombinedOutput()
}

func (c *pgCluster) stop() {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, filepath.Join(c.bin, "pg_ctl"), "-D", filepath.Join(c.dir, "data"), "-m", "immediate", "-w", "stop")
	if c.cred != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: c.cred}
	}
	_ = cmd.Run()
	os.RemoveAll(c.dir)
}

func unprivileged() (*syscall.Credential, error) {
	for _, name := range []string{"postgres", "nobody"} {
		u, err := user.Lookup(name)
		if err != nil {
			continue
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		return &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}, nil
	}
	return nil, fmt.Errorf("running as root and no postgres or nobody user to run PostgreSQL as")
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	addr := l.Addr().String()
	return strconv.Atoi(addr[strings.LastIndex(addr, ":")+1:])
}
