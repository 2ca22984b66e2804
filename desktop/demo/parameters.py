"""The demo population's parameters: the survey figures and the weights every made-up answer is drawn with.

The proportions follow published surveys:

* about 75% of knowledge workers use generative AI at work (Microsoft/LinkedIn Work Trend
  Index 2024);
* about 55% of them used tools their employer had not approved (Salesforce 2023);
* about 35% pay for AI tools themselves (Writer 2025);
* customer data and internal documents are what most often goes in; credentials are rare;
* leaders rate the company's AI approach far better than employees do (Writer 2025), so the
  "our approach is working" statement is skewed towards disagreement outside leadership.

Weights are relative (a code's chance is its weight over the sum); a "chance" is a probability.
A weight for a code the loaded question does not have is dropped when drawing (``draws.CodeDraws``).
Only numbers live here; ``population`` and ``tool_use`` draw with them.
"""

from __future__ import annotations

# --- survey figures ----------------------------------------------------------------------------

#: Share of employees who used an AI tool for work in the last 30 days.
USES_AI = 0.75
#: Share of AI users who use at least one tool their employer has not approved.
UNAPPROVED_AMONG_USERS = 0.55
#: Chance of paying for an AI tool oneself, for users of unapproved tools and for the rest:
#: 0.55 * 0.55 + 0.45 * 0.10, about 35% of AI users overall.
PAYS_IF_UNAPPROVED, PAYS_OTHERWISE = 0.55, 0.10
#: Share of employees who write code for a living (they reach for coding assistants).
DEVELOPERS = 0.18
#: Share of AI users who also use a tool that is not in the catalog ("other").
TYPES_IN_OTHER_TOOL = 0.07
#: Chance of skipping an optional question, and one of the optional sentiment statements.
SKIP, SKIP_SENTIMENT = 0.04, 0.08
#: Chance of including each optional part in the summary sent.
INCLUDE = {"org_unit": 0.65, "role_level": 0.7, "sentiment": 0.75}

#: How often each catalog tool is picked, relative to the others (ChatGPT first, long tail last).
TOOL_POPULARITY: dict[str, float] = {
    "chatgpt": 40, "microsoft-copilot": 24, "gemini": 16, "claude": 12, "github-copilot": 9,
    "deepl": 7, "grammarly": 6, "otter": 4.5, "perplexity": 4, "notion-ai": 3.5, "canva-ai": 3,
    "zoom-ai-companion": 2.5, "cursor": 2, "fireflies": 2, "deepseek": 2, "midjourney": 1.5,
    "adobe-firefly": 1.5, "le-chat": 1.5, "meta-ai": 1.2, "grok": 1, "granola": 1, "fathom": 1,
    "read-ai": 0.8, "notta": 0.6, "ollama": 0.8, "lm-studio": 0.5, "amazon-q-developer": 0.6,
    "gemini-code-assist": 0.6, "windsurf": 0.6, "tabnine": 0.4, "sider": 0.5, "monica": 0.5,
    "merlin": 0.4, "maxai": 0.3, "harpa": 0.3,
}
#: Weight of a catalog tool missing above, and of the policy's own tools (approved or not).
OTHER_CATALOG_TOOL, OWN_TOOL_APPROVED, OWN_TOOL_OTHERWISE = 0.4, 10.0, 1.0
#: Approved tools are provided and promoted; prohibited ones are avoided by some.
STATUS_FACTOR = {"approved": 2.5, "prohibited": 0.5}
#: Coding tools and local models by developers and by everyone else.
DEVELOPER_FACTOR = {"coding": 7.0, "local_model": 3.0}
NON_DEVELOPER_FACTOR = {"coding": 0.08, "local_model": 0.4}
#: How many tools an AI user picks.
TOOL_COUNT: dict[int, float] = {1: 38, 2: 30, 3: 18, 4: 9, 5: 5}
#: Category of a tool typed in under "other".
OTHER_CATEGORY = {"chat": 3, "writing": 2, "meetings": 1.5, "image": 1, "coding": 1, "search": 1,
                  "browser_extension": 1, "local_model": 0.5}

# --- per-tool answers ---------------------------------------------------------------------------

ACCOUNT_APPROVED = {"company_provided": 86, "personal_free": 5, "not_sure": 6, "api_key": 3}
ACCOUNT_UNAPPROVED = {"personal_free": 68, "company_provided": 10, "not_sure": 9, "api_key": 6,
                      "browser_extension": 2}
#: Everyone's tools when the policy approves nothing, for employees who stick to what work gives them.
ACCOUNT_COMPANY_MINDED = {"company_provided": 80, "personal_free": 10, "not_sure": 10}
ACCOUNT_OWN_TOOL = {"company_provided": 92, "not_sure": 8}
ACCOUNT_BY_CATEGORY = {
    "browser_extension": {"browser_extension": 85, "personal_free": 10, "not_sure": 5},
    "local_model": {"local_model": 90, "not_sure": 10},
}
FREQUENCY_MAIN = {"daily": 45, "weekly": 35, "monthly": 13, "rarely": 7}
FREQUENCY_MORE = {"daily": 20, "weekly": 35, "monthly": 27, "rarely": 18}
TASK_COUNT: dict[int, float] = {1: 45, 2: 35, 3: 20}
TASKS_BY_CATEGORY: dict[str, dict[str, float]] = {
    "chat": {"writing": 40, "summarizing": 30, "research": 30, "analysis": 15, "translation": 10,
             "customer_communication": 10, "coding": 8, "images_design": 4, "other": 4},
    "coding": {"coding": 90, "analysis": 10, "other": 3},
    "meetings": {"meetings_notes": 90, "summarizing": 40, "other": 2},
    "writing": {"writing": 60, "translation": 25, "customer_communication": 15, "summarizing": 8},
    "image": {"images_design": 90, "other": 5},
    "search": {"research": 80, "summarizing": 25, "analysis": 10},
    "browser_extension": {"summarizing": 40, "writing": 35, "research": 30, "translation": 10},
    "local_model": {"coding": 40, "analysis": 30, "writing": 20, "summarizing": 20},
}
TASKS_BY_TOOL: dict[str, dict[str, float]] = {"deepl": {"translation": 90, "writing": 20}}
#: Chance that one tool received each kind of data (per tool, not per employee).
DATA_BASE = {"public": 0.35, "internal": 0.45, "customer_personal": 0.22, "employee_data": 0.07,
             "source_code": 0.02, "credentials": 0.015, "financial_unreleased": 0.05, "legal_contracts": 0.05,
             "health": 0.012, "strategy_mna": 0.025, "meeting_recordings": 0.01}
DATA_BY_CATEGORY: dict[str, dict[str, float]] = {
    "coding": {"public": 0.15, "internal": 0.3, "customer_personal": 0.05, "source_code": 0.85,
               "credentials": 0.06, "financial_unreleased": 0.01, "legal_contracts": 0.01},
    "meetings": {"meeting_recordings": 0.7, "internal": 0.6, "customer_personal": 0.3, "employee_data": 0.1,
                 "strategy_mna": 0.05},
    "image": {"public": 0.6, "internal": 0.2, "customer_personal": 0.04, "financial_unreleased": 0.01,
              "legal_contracts": 0.005},
    "writing": {"internal": 0.5, "customer_personal": 0.25, "legal_contracts": 0.08},
    "local_model": {"source_code": 0.4, "internal": 0.5, "credentials": 0.03},
}
DATA_DEVELOPER = {"source_code": 0.35, "credentials": 0.03}
#: Multipliers for people who manage others: they handle staff, plans and figures.
DATA_MANAGER_FACTOR = {"employee_data": 2.5, "strategy_mna": 3.0, "financial_unreleased": 2.0}
ANONYMIZED = {"yes_always": 14, "sometimes": 33, "no": 38, "not_applicable": 15}
NO_TRAINING_COMPANY = {"on": 30, "off": 5, "not_sure": 55, "no_such_setting": 10}
NO_TRAINING_PERSONAL = {"on": 25, "off": 38, "not_sure": 32, "no_such_setting": 5}
SPEND = {"under_10": 8, "10_25": 55, "25_50": 20, "50_100": 11, "over_100": 6}
SPEND_DEVELOPER = {"under_10": 4, "10_25": 40, "25_50": 30, "50_100": 17, "over_100": 9}
REIMBURSED = {"no": 55, "not_asked": 27, "yes_partly": 9, "yes_fully": 9}

# --- about the person ---------------------------------------------------------------------------

REASON_COUNT: dict[int, float] = {1: 40, 2: 38, 3: 22}
LITERACY_USER = {"beginner": 15, "basic": 40, "confident": 33, "advanced": 12}
LITERACY_DEVELOPER = {"beginner": 5, "basic": 25, "confident": 45, "advanced": 25}
LITERACY_NON_USER = {"beginner": 55, "basic": 33, "confident": 10, "advanced": 2}
AWARENESS_UNAPPROVED = {"know_and_understand": 12, "know_not_understand": 24, "heard_of_it": 28,
                        "not_aware": 24, "no_policy_exists": 12}
AWARENESS_OTHERS = {"know_and_understand": 30, "know_not_understand": 25, "heard_of_it": 22,
                    "not_aware": 14, "no_policy_exists": 9}
TRAINING_RECEIVED = {"none": 48, "informal": 30, "short_course": 17, "formal_program": 5}
TRAINING_WANTED = {"safe_data_use": 45, "prompting": 50, "approved_tools": 35, "ai_for_my_role": 45,
                   "risks_and_limits": 30}
WANTS_NO_TRAINING_USER, WANTS_NO_TRAINING_NON_USER = 0.12, 0.30
TRAINING_FORMATS = {"office_hours": 25, "workshops": 38, "self_paced": 45, "peer_champions": 20,
                    "written_guides": 30}
CHOICE_COUNT: dict[int, float] = {1: 45, 2: 35, 3: 20}
ON_WORK_TIME = {"yes_needed": 45, "preferred": 40, "doesnt_matter": 15}
#: How AI is run at work (questionnaire 2): made-up but plausible weights, so that demo reports show these items.
WORKPLACE_SINGLE = {
    "access": {"have_licence": 40, "no_licence": 20, "did_not_know": 12, "none_exists": 18, "not_sure": 10},
    "output_check": {"always": 30, "usually": 30, "sometimes": 15, "rarely": 8, "not_customer_facing": 17},
    "help_most": {"right_tool": 30, "clear_rules": 22, "training_work_time": 20, "say_in_decisions": 10,
                  "less_pressure": 8, "nothing": 10},
    "overstated": {"no": 78, "use": 9, "time_saved": 8, "both": 5},
}
WORKPLACE_MULTI = {"ai_measured": {"goals": 20, "reviews": 15, "dashboards": 25},
                   "connected": {"mail": 25, "calendar": 20, "drive": 22, "code_repos": 12, "meeting_bot": 15,
                                 "share_links": 10}}
ROLE_LEVEL = {"individual_contributor": 68, "team_lead": 16, "manager": 10, "senior_leader": 3,
              "prefer_not_to_say": 3}
#: Chance that someone in each role sees the company's AI plans as leadership does.
LEADER_VIEW = {"senior_leader": 0.9, "manager": 0.4}
AGREEMENT = ("strongly_disagree", "disagree", "neutral", "agree", "strongly_agree")
#: How employees and those who see the company's AI plans as leadership does answer each sentiment statement:
#: weights in the order of AGREEMENT.
SENTIMENT_WEIGHTS: dict[str, dict[str, tuple[float, ...]]] = {
    "strategy_clear": {"employee": (12, 28, 27, 27, 6), "leader": (2, 6, 12, 50, 30)},
    "strategy_successful": {"employee": (15, 32, 28, 20, 5), "leader": (3, 10, 17, 50, 20)},
    "strategy_inclusive": {"employee": (14, 30, 28, 23, 5), "leader": (3, 10, 17, 48, 22)},
    "involvement_wish": {"employee": (3, 8, 24, 43, 22), "leader": (5, 15, 30, 35, 15)},
    "pressure_to_use": {"employee": (10, 25, 25, 28, 12), "leader": (15, 30, 25, 20, 10)},
    "job_security_worry": {"employee": (12, 25, 25, 26, 12), "leader": (25, 35, 22, 13, 5)},
}
#: Beginnings of words in an org unit's code or English label that suggest where developers sit.
TECH_UNIT_WORDS = ("eng", "tech", "dev", "software", "product", "data", "r&d")
