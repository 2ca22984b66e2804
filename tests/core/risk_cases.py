"""The cases a compliance officer would check, each with the level Candor defends: the same cases and levels
docs/risk-model.md lists (test_risk_cases runs them through assess(), test_risk_doc compares the doc's table)."""

from __future__ import annotations

from typing import Any

from desktop.core.risk_results import Level

#: case id -> (tool, per-tool answers by the field they feed, the level defended)
CASES: dict[str, tuple[str, dict[str, Any], Level]] = {
    "credentials_approved_work_account": (
        "chatgpt", {"account_kind": "company_provided", "data_classes": ["credentials"], "frequency": "rarely"},
        Level.HIGH),
    "credentials_local_model": (
        "ollama", {"account_kind": "local_model", "data_classes": ["credentials"], "frequency": "rarely"}, Level.HIGH),
    "deepseek_api_health_customer_daily": (
        "deepseek", {"account_kind": "api_key", "data_classes": ["health", "customer_personal"],
                     "frequency": "daily"}, Level.CRITICAL),
    "deepseek_app_internal": (
        "deepseek", {"account_kind": "personal_free", "data_classes": ["internal"], "frequency": "weekly"},
        Level.HIGH),
    "ollama_local_customer_as_local_model": (
        "ollama", {"account_kind": "local_model", "data_classes": ["customer_personal"], "frequency": "daily"},
        Level.LOW),
    "ollama_local_customer_as_free_account": (
        "ollama", {"account_kind": "personal_free", "data_classes": ["customer_personal"], "frequency": "daily"},
        Level.LOW),
    "ollama_local_customer_old_answer": (
        "ollama", {"account_kind": "api_or_local", "data_classes": ["customer_personal"], "frequency": "daily"},
        Level.LOW),
    "ollama_cloud_customer": (
        "ollama", {"account_kind": "api_key", "data_classes": ["customer_personal"], "frequency": "daily"},
        Level.HIGH),
    "no_work_data_prohibited_free": (
        "grok", {"account_kind": "personal_free", "data_classes": ["none"], "frequency": "daily"}, Level.LOW),
    "public_only_not_listed": (
        "deepseek", {"account_kind": "personal_free", "data_classes": ["public"], "frequency": "daily"}, Level.LOW),
}
