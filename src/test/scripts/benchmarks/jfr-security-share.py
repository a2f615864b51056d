#!/usr/bin/env python3
"""Shares of a JFR recording's execution samples that belong to security (issue 10): each sample goes to the first
frame from the leaf that belongs to a known owner (JDK frames skipped, except crypto). Usage:
  jfr print --events jdk.ExecutionSample --stack-depth 96 recording.jfr | jfr-security-share.py
(docs/performance.md, "Cost of security")."""
import sys, re, collections
cats = collections.Counter(); detail = collections.Counter(); total = 0
def owner(frame):
    if frame.startswith(('javax.crypto', 'com.sun.crypto', 'sun.security.provider', 'java.security.SecureRandom')): return 'cipher (JDK crypto)'
    if frame.startswith(('java.', 'jdk.', 'sun.', 'javax.', 'com.sun.')): return None
    if frame.startswith('org.csx.gateway.personaldata'): return 'cipher'
    if frame.startswith('org.springframework.security.web.firewall'): return 'http: firewall'
    if 'HandlerMappingIntrospector' in frame or 'CompositeFilterChainProxy' in frame: return 'http: mvc lookup'
    if frame.startswith('org.springframework.security'):
        return 'http: spring security'
    if frame.startswith('org.csx.gateway.identity.ValidatedUserStamp'): return 'broker security'
    if frame.startswith('org.csx.gateway.identity'): return 'http: gateway identity'
    if frame.startswith('org.apache.activemq.artemis.core.security') or 'SecurityStore' in frame or 'SecurityAuth' in frame: return 'broker security'
    return 'other'
stack = []
def flush():
    global total
    if not stack: return
    total += 1
    for f in stack:
        o = owner(f)
        if o:
            cats[o] += 1
            if o != 'other': detail[(o, f)] += 1
            return
    cats['jdk only'] += 1
for line in sys.stdin:
    line = line.strip()
    if line.startswith('jdk.ExecutionSample'):
        flush(); stack = []
    m = re.match(r'^([\w.$]+)\.([\w<>$]+)\(', line)
    if m and 'line:' in line:
        stack.append(m.group(1) + '.' + m.group(2))
flush()
print(f'{total} samples')
for c, n in cats.most_common(): print(f'{c:28s} {n:6d} {100*n/total:5.1f} %')
print()
for (c, f), n in detail.most_common(25): print(f'{100*n/total:5.2f} %  {c}: {f}')
