#!/usr/bin/env python3
"""Prints `--exclude-operation-id=<id>` for the operations the contract run skips, with why:
operations not implemented yet (they answer 501 by design, see README), operations whose
outside service this server does not have (they answer 503 by design: App Attest, key
transparency, payment processors, receipt credentials; their 4xx checks are tested in
tests/it/adapters.rs), long polls that hold a request open for up to an hour by contract, and the few listed below.
The services that can be configured (storage, CDSI, SVR2, payments, TURN) are configured by
run.sh, so their operations are checked."""
import glob
import re
import sys

import yaml

root = sys.argv[1]
spec = yaml.safe_load(open(f"{root}/api.yaml"))
by_route = {f"{m.upper()} {p}": op["operationId"] for p, item in spec["paths"].items() for m, op in item.items()}
skip = set()
for f in glob.glob(f"{root}/src/api/*.rs"):
    skip.update(re.findall(r'NotImplemented\(\s*"([^"]+)"', open(f).read()))
# Adapters answering 503 "not configured" by design (see src/api/devicecheck.rs,
# key_transparency.rs, donations.rs).
skip.update({
    "GET /v1/devicecheck/assert",
    "POST /v1/devicecheck/assert",
    "GET /v1/devicecheck/attest",
    "PUT /v1/devicecheck/attest",
    "GET /v1/key-transparency/distinguished",
    "POST /v1/key-transparency/monitor",
    "POST /v1/key-transparency/search",
    "GET /v1/subscription/bank_mandate/{bankTransferType}",
    "POST /v1/subscription/boost/create",
    "POST /v1/subscription/boost/paypal/confirm",
    "POST /v1/subscription/boost/paypal/create",
    "POST /v1/subscription/boost/receipt_credentials",
    "POST /v1/subscription/{subscriberId}/appstore/{originalTransactionId}",
    "POST /v1/subscription/{subscriberId}/create_payment_method",
    "POST /v1/subscription/{subscriberId}/create_payment_method/paypal",
    "POST /v1/subscription/{subscriberId}/default_payment_method/{processor}/{paymentMethodToken}",
    "POST /v1/subscription/{subscriberId}/default_payment_method_for_ideal/{setupIntentId}",
    "PUT /v1/subscription/{subscriberId}/level/{level}/{currency}/{idempotencyKey}",
    "POST /v1/subscription/{subscriberId}/playbilling/{purchaseToken}",
    "POST /v1/subscription/{subscriberId}/receipt_credentials",
})
skip.update({
    "GET /v1/devices/wait_for_linked_device/{tokenIdentifier}",  # long poll
    "GET /v1/devices/transfer_archive",  # long poll
    "GET /v1/devices/restore_account/{token}",  # long poll
    "PUT /v1/messages/multi_recipient",  # binary body schemathesis cannot generate; covered by tests/it/messages.rs and tests/client
    # deletes the run's account, after which every authenticated operation only sees 401s; tests/it/accounts.rs covers it
    "DELETE /v1/accounts/me",
})
print(" ".join(f"--exclude-operation-id={by_route[route]}" for route in sorted(skip)))
