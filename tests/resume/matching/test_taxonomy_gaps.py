"""The taxonomy knows the tools real postings name, and keeps ambiguous short names and
common words from becoming skills unless the context says they are one."""

from __future__ import annotations

import pytest

from pivotprep.resume.matching.extraction import extract_mentions
from pivotprep.resume.matching.taxonomy import load_taxonomy


def names(text: str) -> list[str]:
    return [m.skill.name for m in extract_mentions(text, broad=False)]


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Experience with Kafka Connect and Debezium", "Kafka Connect"),
        # marketing, product-analytics, ML-platform, SQL Server and healthcare-data tools
        ("Pull data from Shopify, Klaviyo and Meta Ads Manager", "Klaviyo"),
        ("Pull data from Shopify, Klaviyo and Meta Ads Manager", "Meta Ads Manager"),
        ("A product analytics tool such as Amplitude, Mixpanel or Heap", "Heap"),
        ("Variance reduction with CUPED; attribution in AppsFlyer", "CUPED"),
        ("Variance reduction with CUPED; attribution in AppsFlyer", "AppsFlyer"),
        ("Reverse ETL tools such as Hightouch or Census", "reverse ETL"),
        ("Reverse ETL tools such as Hightouch or Census", "Census"),
        ("Set up model registries and GitOps with Argo CD", "model registry"),
        ("Set up model registries and GitOps with Argo CD", "GitOps"),
        ("Feature stores (Feast, Tecton)", "Feast"),
        ("Feature stores (Feast, Tecton)", "Tecton"),
        ("Calibration and model validation", "model validation"),
        ("Hosted LLM APIs (OpenAI) where they fit", "OpenAI API"),
        ("T-SQL queries, stored procedures and views", "stored procedures"),
        ("DAX measures and row-level security", "row-level security"),
        ("Healthcare data (HL7, FHIR, ICD-10, CPT)", "HL7"),
        ("Healthcare data (HL7, FHIR, ICD-10, CPT)", "FHIR"),
        ("Healthcare data (HL7, FHIR, ICD-10, CPT)", "ICD-10"),
        ("Healthcare data (HL7, FHIR, ICD-10, CPT)", "CPT codes"),
        ("Experience with Apache Arrow and Polars", "Polars"),
        ("Experience with Apache Arrow and Polars", "Apache Arrow"),
        ("Land them as Parquet/Delta tables on S3", "Delta Lake"),
        ("Present findings in Mode notebooks", "Mode Analytics"),
        ("Knowledge of sampling and survey weighting", "survey weighting"),
        ("Pipelines with Spark, Airflow, dbt, Snowflake and EMR", "Amazon EMR"),
        # pricing models, analytics engineering, vision on edge devices, lakehouse governance
        (
            "Pricing with generalized linear models (GLMs) and gradient boosting",
            "generalized linear models",
        ),
        ("Help define SLAs for our core tables", "service level agreements"),
        ("Slowly changing dimensions and incremental models", "slowly changing dimensions"),
        ("Slowly changing dimensions and incremental models", "incremental models"),
        ("Data observability with Monte Carlo or elementary", "Monte Carlo data observability"),
        ("Experience with Hex or Jupyter notebooks", "Hex"),
        ("Event-driven workflows on Kafka and Temporal", "Temporal"),
        ("Detection and segmentation models (PyTorch, YOLO, Mask R-CNN)", "Mask R-CNN"),
        ("Detection and segmentation models (PyTorch, YOLO, Mask R-CNN)", "image segmentation"),
        ("Build and maintain labeled datasets", "data labeling"),
        ("Models running on NVIDIA Jetson devices", "NVIDIA Jetson"),
        ("Experience with ROS or ROS 2", "ROS"),
        ("Data modelling (Kimball or Data Vault)", "Data Vault"),
        ("Model data in a medallion architecture", "medallion architecture"),
        ("Governance with Unity Catalog and Microsoft Purview", "Microsoft Purview"),
        ("Experience with Microsoft Fabric", "Microsoft Fabric"),
        ("Maintain the SSAS tabular cube", "SQL Server Analysis Services"),
        ("Monitor deployed models each quarter", "model monitoring"),
        ("Event-driven workflows on Kafka", "event-driven architecture"),
        ("Ranking with learning-to-rank models, judged by NDCG", "learning to rank"),
        ("Ranking with learning-to-rank models, judged by NDCG", "ranking metrics"),
        ("Contextual bandits or reinforcement learning", "multi-armed bandits"),
        ("Mixed-effects models and survival analysis", "mixed-effects models"),
        ("Risk-adjustment models using logistic regression", "risk adjustment"),
        ("Basic statistics (confidence intervals, power analysis)", "confidence intervals"),
        ("Basic statistics (confidence intervals, power analysis)", "power analysis"),
        ("Familiarity with Segment or Snowplow event tracking", "Segment"),
        ("Familiarity with Segment or Snowplow event tracking", "event tracking"),
        ("Nice: data contracts", "data contracts"),
        ("Queries against our practice-management system (Dentrix)", "Dentrix"),
        ("Fine-tune speech recognition models (Conformer, Whisper-style)", "speech recognition"),
        ("Fine-tune speech recognition models (Conformer, Whisper-style)", "Conformer"),
        ("Fine-tune speech recognition models (Conformer, Whisper-style)", "Whisper"),
        ("Curate data: forced alignment, data augmentation", "forced alignment"),
        ("Curate data: forced alignment, data augmentation", "data augmentation"),
        ("Evaluate with WER and latency benchmarks", "word error rate"),
        ("Distributed training on multi-GPU clusters (DDP, FSDP)", "distributed training"),
        ("Signal processing basics (spectrograms, MFCCs)", "signal processing"),
        ("Signal processing basics (spectrograms, MFCCs)", "audio features"),
        ("Experience with CTC or RNN-T losses", "RNN-T"),
        ("Experience with CTC or RNN-T losses", "CTC loss"),
        ("Kaldi or ESPnet", "Kaldi"),
        ("Working knowledge of statistical forecasting methods", "time-series forecasting"),
        ("Support demand planning and inventory optimization", "demand planning"),
        ("Support demand planning and inventory optimization", "inventory optimization"),
        ("Program evaluation or cost-benefit analysis", "program evaluation"),
        ("Program evaluation or cost-benefit analysis", "cost-benefit analysis"),
        ("Own our marketing mix model (Robyn) and incrementality tests", "marketing mix modeling"),
        ("Own our marketing mix model (Robyn) and incrementality tests", "Robyn"),
        ("Own our marketing mix model (Robyn) and incrementality tests", "incrementality testing"),
        ("Clean UTM tagging in GA4; attribution models and their limits", "UTM tagging"),
        ("Clean UTM tagging in GA4; attribution models and their limits", "attribution modeling"),
        ("Amazon Seller Central reports or Shopify data", "Amazon Seller Central"),
        ("Kafka (Confluent Cloud) with Avro and the Schema Registry", "Confluent"),
        ("Kafka (Confluent Cloud) with Avro and the Schema Registry", "Schema Registry"),
        ("Build exactly-once pipelines into Apache Iceberg", "exactly-once processing"),
        ("Understand ICD-10, CPT and NDC codes; HEDIS measures", "NDC codes"),
        ("Understand ICD-10, CPT and NDC codes; HEDIS measures", "HEDIS"),
        ("Knowledge of healthcare claims data", "claims data"),
        ("Documentation for model governance", "model governance"),
        ("Causal inference methods (propensity scores)", "causal inference"),
        ("A habit of writing tests and reviewing code carefully", "code review"),
        # acronyms written in lower case with a plural s
        ("Write etls that reconcile carrier invoices", "ETL"),
        ("Comfortable with apis, etls and event streams", "ETL"),
        ("Building with llms in production", "large language models"),
        ("Experience with PCI DSS compliance", "PCI DSS"),
        ("forecasting models (ARIMA, Prophet, gradient boosting)", "gradient boosting"),
        ("LightGBM or CatBoost", "LightGBM"),
        ("LightGBM or CatBoost", "CatBoost"),
        ("MLflow or Weights & Biases for experiment tracking", "Weights & Biases"),
        ("MLflow or Weights & Biases for experiment tracking", "experiment tracking"),
        ("tracked runs in W&B", "Weights & Biases"),
        ("monitor drift in production with Evidently or similar tools", "Evidently"),
        ("monitor drift in production with Evidently or similar tools", "model monitoring"),
        ("Practice human-centered design, user testing", "human-centered design"),
        ("Practice human-centered design, user testing", "usability testing"),
        ("We are SOC 2 Type II audited; you have worked under SOC2 controls", "SOC 2"),
        ("Experience with Kafka Connect and Debezium", "Debezium"),
        ("Query engines such as Presto or Trino", "Presto"),
        ("Query engines such as Presto or Trino", "Trino"),
        ("Query S3 with AWS Athena", "Amazon Athena"),
        ("SQL engines like Apache Drill", "Apache Drill"),
        ("Scale Python with Ray or Dask", "Ray"),
        ("Scale Python with Ray or Dask", "Dask"),
        ("Models such as SVM, Naive Bayes and k-NN", "support vector machines"),
        ("Models such as SVM, Naive Bayes and k-NN", "naive Bayes"),
        ("Models such as SVM, Naive Bayes and k-NN", "k-nearest neighbors"),
        ("Tools like Weka or scikit-learn", "Weka"),
        ("JavaScript (D3.js, Vega, Plotly)", "D3.js"),
        ("very good algorithmic problem-solving skills", "data structures and algorithms"),
        ("knowledge of parallel processing", "parallel computing"),
        ("cloud computing, DevSecOps, continuous delivery", "DevSecOps"),
        ("knowledge about single-page applications", "single-page applications"),
        ("a SPA in React", "single-page applications"),
        ("Write RSpec tests", "RSpec"),
        ("unit tests with Jest and React Testing Library", "Jest"),
        ("R (ggplot2, grid)", "ggplot2"),
        ("Fine-tune transformers in PyTorch", "Hugging Face Transformers"),
        ("Real-time features over WebSockets", "WebSockets"),
        ("Templates in Jinja2 for Flask", "Jinja2"),
        ("APIs in Django REST Framework", "Django REST Framework"),
        ("Version control with SVN or Git", "Apache Subversion"),
        ("AWS services: ELB, CloudFront, S3", "Elastic Load Balancing"),
        ("AWS services: ELB, CloudFront, S3", "Amazon CloudFront"),
        ("Experience with Oracle and SQL Server databases", "Oracle Database"),
        ("Budgeting in Hyperion and reporting in OBIEE", "Oracle Hyperion"),
        ("Budgeting in Hyperion and reporting in OBIEE", "OBIEE"),
        ("BI tools like Looker, Mode or Tableau", "Mode Analytics"),
        ("Comfortable on the command line with Bash", "command line"),
        ("Agile methodology (scrum, kanban, and so on)", "Scrum"),
        ("Agile methodology (scrum, kanban, and so on)", "Kanban"),
        ("Unit and integration testing, test-driven development", "integration testing"),
        ("Unit and integration testing, test-driven development", "test-driven development"),
        ("Knowledge of relational databases and distributed systems", "relational databases"),
        ("Knowledge of relational databases and distributed systems", "distributed systems"),
        ("Python (SciPy/NumPy/pandas, Seaborn, Bokeh, etc.)", "Seaborn"),
        ("Python (SciPy/NumPy/pandas, Seaborn, Bokeh, etc.)", "Bokeh"),
        ("Apply predictive modeling to program data", "predictive modeling"),
        ("Clustering and classification of customers", "clustering"),
        ("k-means clustering of survey answers", "clustering"),
        ("Deploy through GitHub Actions", "GitHub Actions"),
        ("source control, automated testing, and peer review", "code review"),
        ("best practices such as source control and automated testing", "version control"),
        ("statistical analysis, data visualization and dashboards", "dashboards"),
        ("Generate financial reports and expenditure forecasts", "financial reporting"),
        ("Prepare the monthly variance report", "financial reporting"),
        ("policies of financial management and financial forecasting", "financial management"),
        ("policies of financial management and financial forecasting", "financial forecasting"),
        ("such as monitoring budgets, commitments and expenses", "budget monitoring"),
        ("ElasticSearch, Docker, Kubernetes, Mesos", "Apache Mesos"),
        ("Experience working with Git and Trac or similar issue tracking tools", "Trac"),
        ("Internet speedtest datasets (M-Lab's NDT, Ookla, Cloudflare)", "NDT"),
        ("Internet speedtest datasets (M-Lab's NDT, Ookla, Cloudflare)", "Ookla"),
        ("complex multi-tenant web applications", "multi-tenant applications"),
        ("Parallelization, code optimization, and Big Data operations", "parallel computing"),
        ("Parallelization, code optimization, and Big Data operations", "code optimization"),
        ("Substantial Linux System Administration experience", "Linux system administration"),
        ("the ability to review patches and make changes to fix bugs", "code review"),
        ("Configuration Management software (e.g., Ansible)", "configuration management"),
        ("the lexing/parsing/semantic analysis of interpreters and compilers", "lexical analysis"),
        ("the lexing/parsing/semantic analysis of interpreters and compilers", "parsing"),
        ("the lexing/parsing/semantic analysis of interpreters and compilers", "semantic analysis"),
        ("the lexing/parsing/semantic analysis of interpreters and compilers", "interpreters"),
        ("Cleaned datasets in pandas; kept the notebooks in Git on GitHub", "Jupyter"),
        (
            "use data analysis tools to find and visualize interesting patterns",
            "data visualization",
        ),
        ("Administer 200 Linux servers; tune networks and kernels", "Linux system administration"),
        ("Build clear charts for the executive team", "data visualization"),
        ("rDBMS, noSQL, Redshift, Snowflake, Firebolt, Panoply, Presto and Dremio", "Firebolt"),
        ("rDBMS, noSQL, Redshift, Snowflake, Firebolt, Panoply, Presto and Dremio", "Panoply"),
        ("rDBMS, noSQL, Redshift, Snowflake, Firebolt, Panoply, Presto and Dremio", "Dremio"),
        ("Our CI runs on Jenkins with BlueOcean", "Jenkins Blue Ocean"),
        ("Provision hosts with Cloud-Init and Terraform", "cloud-init"),
        ("Scale EC2 with Auto Scaling Groups behind an ELB", "AWS Auto Scaling"),
        ("ML ops workflows (ideally in Modal or Terraform on AWS)", "Modal"),
        ("indexing, extents, memory management, concurrency, durability", "memory management"),
        ("indexing, extents, memory management, concurrency, durability", "concurrency"),
        ("Experience with data locality problems and caching issues", "caching"),
        ("Possess the confidence to refactor code and write unit-tests", "refactoring"),
        ("Experience documenting and designing protocols", "protocol design"),
        ("agile software engineering processes, git flow, etc.", "Gitflow"),
        ("A strong grasp of the software development lifecycle", "software development lifecycle"),
        ("Experience writing high-performance, parallelized code", "parallel computing"),
        ("Ran parallel CFD simulations (OpenFOAM, MPI)", "MPI"),
        ("be comfortable reviewing others\u2019 code", "code review"),
        ("We review each other's code every day", "code review"),
        ("Linux systems engineering experience", "Linux"),
        # an acronym with a plural s, as postings write services ("ELBs", "ETLs")
        ("We proxy through NGINX, load balance with ELBs", "Elastic Load Balancing"),
        ("Maintained the ETLs that feed the warehouse", "ETL"),
        # a platform's name in front of its service asks for the platform too
        ("deploy our React web application to AWS CloudFront CDN", "Amazon Web Services"),
        ("deploy our React web application to AWS CloudFront CDN", "Amazon CloudFront"),
        ("Pipelines in Azure Data Factory", "Microsoft Azure"),
        # the software senses of words that bank and marketing work use too
        ("Load and stress testing of our APIs with k6", "load testing"),
        ("Ran stress tests against the checkout service before Black Friday", "load testing"),
        ("Read PostgreSQL execution plans to speed up queries", "query optimization"),
        ("Performance optimization of Java services", "performance tuning"),
        ("Automated nightly backups of the Postgres databases", "backup and recovery"),
        ("Maintain backups of the patient files", "backup and recovery"),
        ("Pair with juniors and review their code in GitHub", "code review"),
    ],
)
def test_a_tool_named_in_real_postings_is_known(text: str, skill: str) -> None:
    assert skill in names(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("People of all races and religions are welcome", "Oracle Real Application Clusters"),
        ("Whatever comes next, we adapt", "COM"),
        ("You will be a researcher, product designer and builder", "Oracle Designer"),
        ("BASIC REQUIREMENTS: have IT-related experience", "BASIC"),
        ("Basic information about the role", "BASIC"),
        ("Go to the careers page to apply", "Go"),
        ("Grade R and C-level executives", "R"),
        ("Spark curiosity in every meeting", "Apache Spark"),
        ("Excel in a fast-paced environment", "Microsoft Excel"),
        ("Switch the app to dark mode", "Mode Analytics"),
        ("Take part in the fire drill and drill down into details", "Apache Drill"),
        ("A ray of hope for the team", "Ray"),
        ("The hive of activity at the office", "Apache Hive"),
        ("A guinea pig for new ideas", "Apache Pig"),
        ("The oracle of the team answers questions", "Oracle Database"),
        ("Join the product teams every week", "Microsoft Teams"),
        ("Manage a Kubernetes cluster", "clustering"),
        ("capable of running on large-scale distributed clusters", "clustering"),
        ("Book a day spa for the team", "single-page applications"),
        ("It was said in jest", "Jest"),
        ("Published in a journal after peer review", "code review"),
        ("Built the NLP pipeline that routes tickets", "data pipelines"),
        ("Grow the investment pipeline", "data pipelines"),
        ("Build pipelines in Python for the analysts", "CI/CD"),
        ("Court interpreters and translators on staff", "interpreters"),
        ("Experience parsing JSON logs with Python", "parsing"),
        ("Databricks notebooks and Spark jobs", "Jupyter"),
        ("We provide a notebook and a monitor", "Jupyter"),
        ("Help every student visualize success", "data visualization"),
        ("see the Gantt chart in the project description", "data visualization"),
        ("the org chart shows who reports to whom", "data visualization"),
        ("Deploy to EKS with Helm charts", "data visualization"),
        ("We offer a panoply of benefits", "Panoply"),
        ("A modal dialog asks for the password", "Modal"),
        ("Experience building Modal dialogs and Tooltip components in React", "Modal"),
        ("Build our UI kit in React: Button, Modal, Tooltip and Dropdown", "Modal"),
        ("Maintain the MPI (master patient index) for our hospital data", "MPI"),
        ("A blue ocean strategy for the product", "Jenkins Blue Ocean"),
        ("agile software engineering processes, git flow, etc.", "Git"),
        ("Deploy the app to Linux servers", "Linux system administration"),
        ("written in Go, C++, and any other language that we're parsing", "parsing"),
        ("Substantial Linux System Administration experience", "Linux"),
        # A quality a design has, not the skill of designing systems.
        ("the performance and scalability challenges of large data", "system design"),
        ("Non-destructive testing (NDT) of welds", "NDT"),
        # the accounting term: the list of a ledger's accounts, no visualisation
        ("Maintain the chart of accounts for three entities", "data visualization"),
        ("Mapped transactions to the charts of accounts", "data visualization"),
        # a kind of schema, not the warehouse written before a service's name
        ("Dimensional modeling, including star and snowflake schemas", "Snowflake"),
        # a bank's stress tests of capital and loans, a launch's execution plans, a
        # campaign's performance optimization
        ("Ran CCAR stress tests on the commercial loan portfolio", "load testing"),
        ("Stress testing of capital and liquidity under adverse scenarios", "load testing"),
        ("Develop execution plans for product launches", "query optimization"),
        ("Own paid media performance optimization across Meta campaigns", "performance tuning"),
        # people who cover a desk, not copies of data
        ("One of two backups for the front desk receptionist", "backup and recovery"),
        ("Trained the backups who cover payroll during holidays", "backup and recovery"),
        ("Had every supplier review their code of conduct each year", "code review"),
    ],
)
def test_a_common_word_is_not_a_skill(text: str, skill: str) -> None:
    assert skill not in names(text)


def test_a_suite_part_is_found_beside_its_suite() -> None:
    found = names("Microsoft Office Suite (Outlook, Word, Excel, PowerPoint, Teams)")
    assert {"Microsoft Outlook", "Microsoft Word", "Microsoft Excel", "Microsoft Teams"} <= set(
        found
    )


# Tools common in data and back-end postings that O*NET's pruning had left out.
AUDITED = [
    ("Serve Django behind NGINX with Gunicorn", "NGINX"),
    ("Serve Django behind NGINX with Gunicorn", "Gunicorn"),
    ("Background jobs with Celery and Redis", "Celery"),
    ("Cache with Memcached", "Memcached"),
    ("Speed up Python with Cython", "Cython"),
    ("CI on Travis CI or CircleCI", "Travis CI"),
    ("CI on Travis CI or CircleCI", "CircleCI"),
    ("Logs in Kibana and Logstash", "Kibana"),
    ("Services in Elixir and Python", "Elixir"),
    ("Functional programming in Haskell or Erlang", "Haskell"),
    ("Functional programming in Haskell or Erlang", "Erlang"),
    ("Login with OAuth, OpenID Connect and SAML", "OAuth"),
    ("Login with OAuth, OpenID Connect and SAML", "OpenID Connect"),
    ("Login with OAuth, OpenID Connect and SAML", "SAML"),
    ("Orchestrate with Dagster or Prefect in Python", "Dagster"),
    ("Orchestrate with Dagster or Prefect in Python", "Prefect"),
    ("Tables in Apache Iceberg on S3", "Apache Iceberg"),
    ("Infrastructure in Pulumi or CloudFormation", "AWS CloudFormation"),
    ("Alerts through PagerDuty and Sentry for the Python services", "Sentry"),
    ("Graphs in Neo4j", "Neo4j"),
    ("NLP with spaCy and NLTK", "spaCy"),
    ("Models in statsmodels", "statsmodels"),
    ("Postgres on Amazon RDS", "Amazon RDS"),
    ("Dashboards in Metabase or Redash", "Metabase"),
    ("Experiment tracking in wandb", "Weights & Biases"),
    ("Mapping with GIS tools", "geospatial analysis"),
    ("Retrieval over a vector database", "vector databases"),
    ("Survival analysis of patient cohorts", "survival analysis"),
    ("Deploy to Tomcat", "Apache Tomcat"),
]


@pytest.mark.parametrize(("text", "skill"), AUDITED)
def test_a_common_tool_of_data_and_backend_postings_is_known(text: str, skill: str) -> None:
    assert skill in names(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("The prefect of the school", "Prefect"),
        ("A cypress tree by the lake", "Cypress"),
        ("We walked past the sentry post", "Sentry"),
        ("An elixir for every ailment", "Elixir"),
        ("Celery sticks and carrots", "Celery"),
        ("The aurora lit the sky", "Amazon Aurora"),
        ("The bank vault was empty", "HashiCorp Vault"),
    ],
)
def test_a_tool_named_like_a_common_word_needs_its_context(text: str, skill: str) -> None:
    assert skill not in names(text)


def test_a_repository_on_github_is_not_ci_cd_evidence() -> None:
    """GitHub hosts code (version control); GitHub Actions runs pipelines (CI/CD)."""
    taxonomy = load_taxonomy()
    assert "GitHub Actions" in taxonomy.skills["CI/CD"].related
    assert "GitHub" not in taxonomy.skills["CI/CD"].related
    assert "GitHub" in taxonomy.skills["version control"].related


def test_field_names_are_domain_words_and_practices_are_skills() -> None:
    """Cybersecurity names the field a posting works in; version control is screened."""
    found = {m.skill.name: m for m in extract_mentions("cybersecurity data and version control")}
    assert found["security"].is_generic
    assert not found["version control"].is_generic


def test_a_specific_technique_is_not_shown_by_its_umbrella() -> None:
    """Star schemas show data modeling; "data modeling" does not show dimensional modeling.
    CI/CD, Terraform and running containers are adjacent to DevOps, not evidence of the way
    of working: no labelled pair credits DevOps from them."""
    taxonomy = load_taxonomy()
    assert "dimensional modeling" in taxonomy.skills["data modeling"].related
    assert "data modeling" not in taxonomy.skills["dimensional modeling"].related
    assert "dimensional modeling" in names("Design star and snowflake schemas")
    devops = taxonomy.skills["DevOps"]
    assert "Docker" in devops.adjacent and "Docker" not in devops.related
    assert {"CI/CD", "Terraform"} <= set(devops.adjacent)
    assert not devops.related


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Experience with Teradata or Vertica", "Teradata Database"),
        ("Experience with Teradata or Vertica", "Vertica"),
        ("Persistence with Hibernate and Spring Boot", "Hibernate ORM"),
        ("Parse XML and JSON payloads", "XML"),
        ("Ingest with Apache NiFi and Talend", "Apache NiFi"),
        ("Ingest with Apache NiFi and Talend", "Talend"),
        ("Pipelines in Apache Beam on Dataproc", "Apache Beam"),
        ("Pipelines in Apache Beam on Dataproc", "Google Cloud Dataproc"),
        ("We proxy through NGINX to the Rails app", "NGINX"),
        ("Reverse proxies in Nginx", "NGINX"),
        ("Serverless on AWS Fargate and Azure Functions", "AWS Fargate"),
        ("Serverless on AWS Fargate and Azure Functions", "Azure Functions"),
        ("Identity through Okta or Auth0", "Okta"),
        ("Models such as random forests and PCA", "random forest"),
        ("Models such as random forests and PCA", "principal component analysis"),
        ("Configure load balancers and caches", "load balancing"),
        ("Experience with SQL engines or similar systems", "query engines"),
    ],
)
def test_commonly_named_tools_of_a_second_audit_are_known(text: str, skill: str) -> None:
    assert skill in names(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("A glass of Pinot noir with the team", "Apache Pinot"),
        ("A digital Nomad at heart", "HashiCorp Nomad"),
        ("The Consul General visited", "HashiCorp Consul"),
        ("Previous experience with SQL engines is a plus", "SQL"),
    ],
)
def test_new_ambiguous_names_need_their_context(text: str, skill: str) -> None:
    assert skill not in names(text)


def test_o_net_acronyms_spelled_inside_words_and_product_kinds_give_short_names() -> None:
    """tools/build_taxonomy.py: "Extensible markup language XML" is XML (the acronym's
    letters follow in order, not as initials), "Hibernate ORM" is also "Hibernate"; an
    unrelated trailing acronym is no abbreviation ("Sitecore CMS")."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[3] / "tools" / "build_taxonomy.py"
    spec = importlib.util.spec_from_file_location("build_taxonomy_rules", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.onet_aliases("Extensible markup language XML", set()) == (
        "XML",
        ["Extensible markup language"],
    )
    assert module.onet_aliases("Hibernate ORM", set()) == ("Hibernate ORM", ["Hibernate"])
    assert module.onet_aliases("Sitecore CMS", set()) == ("Sitecore CMS", ["Sitecore"])
    assert module.spells_acronym("Apache Subversion", "SVN") is False
    assert module.spells_acronym("Subversion", "SVN") is True
    assert module.spells_acronym("Jenkins", "CI") is False
    # an expansion that starts with an article describes, it is never written as the name
    assert module.onet_aliases("A programming language APL", set()) == ("APL", [])


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("You will take the helm of our analytics roadmap.", "Helm"),
        ("Presto! The report is ready.", "Presto"),
        ("Julia leads the team and Ruby manages the budget.", "Julia"),
        ("Julia leads the team and Ruby manages the budget.", "Ruby"),
        ("Rails and trains are our domain: we run the regional railway.", "Ruby on Rails"),
        ("Jenkins from HR will contact you.", "Jenkins"),
        ("Cassandra will be your manager.", "Apache Cassandra"),
        ("Puppet shows for the kids' festival.", "Puppet"),
        ("You will work with the chef and kitchen staff.", "Chef"),
    ],
)
def test_given_names_and_everyday_words_are_no_tools(text: str, skill: str) -> None:
    assert skill not in names(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Our core languages are Ruby, Python, JavaScript, and Go.", "Ruby"),
        ("Built a Rails app with Sidekiq.", "Ruby on Rails"),
        ("Deploy with Helm and Terraform.", "Helm"),
        ("Configuration management with Puppet or Chef.", "Puppet"),
        ("Configuration management with Puppet or Chef.", "Chef"),
        ("CI with Jenkins.", "Jenkins"),
        ("Query engines such as Presto or Trino.", "Presto"),
        ("Data stores (e.g. PostgreSQL, Redis, DynamoDB, Cassandra)", "Apache Cassandra"),
        ("Languages: Julia, R", "Julia"),
        ("kafka consumers in Go", "Apache Kafka"),
    ],
)
def test_the_same_names_among_technology_are_tools(text: str, skill: str) -> None:
    assert skill in names(text)


def test_networking_events_are_no_networking_skill_and_big_data_is_a_field() -> None:
    assert "networking" not in names("Monthly networking events with the data community.")
    assert "networking" in names("Experience with networking (TCP/IP, routing).")
    big = [m for m in extract_mentions("Work with big data in Spark.", broad=False)]
    assert [m.is_generic for m in big if m.skill.name == "big data"] == [True]
    spelled = extract_mentions("Distributed computing with Spark.", broad=False)
    assert [m.is_generic for m in spelled if m.skill.name == "distributed computing"] == [False]


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Coordination with ZooKeeper and etcd", "Apache ZooKeeper"),
        ("Schema migrations with Flyway or Liquibase", "Flyway"),
        ("Catalog in Collibra or DataHub", "Collibra"),
        ("Serving models with BentoML or TorchServe", "BentoML"),
        ("Explain models with SHAP; tune them with Optuna", "SHAP"),
        ("Maps with GeoPandas and Leaflet", "GeoPandas"),
        ("Lookups with VLOOKUP and pivot tables in Excel", "pivot tables"),
        ("Surveys in Qualtrics", "Qualtrics"),
        ("Load tests with k6 or Locust", "Grafana k6"),
        ("Feature flags in LaunchDarkly", "LaunchDarkly"),
        ("Services in NestJS and Prisma", "NestJS"),
        ("Write code in VS Code or PyCharm", "Visual Studio Code"),
    ],
)
def test_commonly_named_tools_of_a_third_audit_are_known(text: str, skill: str) -> None:
    assert skill in names(text)


def test_a_bare_pci_is_a_hardware_bus_not_the_standard() -> None:
    assert "PCI DSS" not in names("Drivers for PCI Express cards")


def test_everyday_words_of_new_entries_are_not_skills() -> None:
    assert names("Evidently, the team was tired of waiting.") == []
    assert "experiment design" not in names("MLflow for experiment tracking")


def test_a_method_is_not_named_after_one_of_its_libraries() -> None:
    """ "gradient boosting" is the method, not XGBoost; LightGBM is not XGBoost either."""
    assert "XGBoost" not in names("forecasting models (ARIMA, Prophet, gradient boosting)")
    assert "XGBoost" not in names("LightGBM or CatBoost")


# An alias makes the scan report the canonical name, so it must be the same thing: a sibling
# product, a library of a language, a managed service of a tool, a standard of a practice or
# a narrower method is an entry of its own, linked by related (shows it) or adjacent.
OWN_ENTRIES = [
    ("Dashboards in R Shiny, reports in R Markdown, the tidyverse in RStudio", "Shiny"),
    ("Dashboards in R Shiny, reports in R Markdown, the tidyverse in RStudio", "R Markdown"),
    ("Dashboards in R Shiny, reports in R Markdown, the tidyverse in RStudio", "tidyverse"),
    ("Dashboards in R Shiny, reports in R Markdown, the tidyverse in RStudio", "RStudio"),
    ("Build iOS apps in SwiftUI", "SwiftUI"),
    ("Style pages with SASS", "Sass"),
    ("Apps in Plotly Dash and Python", "Plotly Dash"),
    ("Java with Spring MVC and Hibernate", "Spring Framework"),
    ("Java services on Spring Boot", "Spring Boot"),
    ("Web apps in ASP.NET MVC and C#", "ASP.NET"),
    ("Stream processing with Kafka Streams", "Kafka Streams"),
    ("Budgeting in Essbase and Hyperion Planning", "Oracle Essbase"),
    ("Reports in Power BI with DAX measures", "DAX"),
    ("Dashboards in Looker Studio (formerly Google Data Studio)", "Looker Studio"),
    ("Databases: MySQL or MariaDB", "MariaDB"),
    ("Search with OpenSearch", "OpenSearch"),
    ("Logs in the ELK stack", "ELK Stack"),
    ("Deploy to EKS with Helm charts", "Amazon EKS"),
    ("Deploy to EKS with Helm charts", "Helm"),
    ("Run workloads on GKE and AKS", "Google Kubernetes Engine"),
    ("Run workloads on GKE and AKS", "Azure Kubernetes Service"),
    ("Administer Ubuntu and RHEL servers", "Ubuntu"),
    ("Administer Ubuntu and RHEL servers", "Red Hat Enterprise Linux"),
    ("Experience with Unix-like operating systems", "Unix"),
    ("Write shell scripts for automation", "shell scripting"),
    ("Generative AI features with RAG pipelines and prompt engineering", "generative AI"),
    ("Generative AI features with RAG pipelines and prompt engineering", "prompt engineering"),
    (
        "Generative AI features with RAG pipelines and prompt engineering",
        "retrieval-augmented generation",
    ),
    ("Forecasting with Prophet and ARIMA", "Prophet"),
    ("Data tests in Great Expectations and dbt", "Great Expectations"),
    ("Compliance with GDPR and HIPAA", "GDPR"),
    ("Compliance with GDPR and HIPAA", "HIPAA"),
    ("Tables in Delta Lake on Databricks", "Delta Lake"),
    ("Write unit tests with pytest and JUnit", "pytest"),
    ("Write unit tests with pytest and JUnit", "JUnit"),
    ("Experience with test automation", "automated testing"),
    ("End-to-end tests in Cypress", "end-to-end testing"),
    ("Knowledge of TCP/IP and DNS", "TCP/IP"),
    ("Knowledge of TCP/IP and DNS", "DNS"),
    ("Lean Six Sigma green belt", "Six Sigma"),
    ("PMP certification preferred", "PMP"),
    ("Apps in SvelteKit", "SvelteKit"),
    ("Queries in Cypher on Neo4j", "Cypher"),
    ("Data stored in Firestore", "Cloud Firestore"),
    ("Lookups with XLOOKUP and INDEX/MATCH in Excel", "XLOOKUP"),
    ("Lookups with XLOOKUP and INDEX/MATCH in Excel", "INDEX MATCH"),
    ("Image models with CNNs in PyTorch", "convolutional neural networks"),
    ("Sequence models with RNN and LSTM in TensorFlow", "recurrent neural networks"),
    ("Sequence models with RNN and LSTM in TensorFlow", "LSTM"),
    ("Experience with service-oriented architecture (SOA)", "service-oriented architecture"),
    ("Event-driven architecture with Kafka", "event-driven architecture"),
    ("Cohort analysis of retention", "cohort analysis"),
    ("Fraud detection models in Python", "fraud detection"),
    ("A feature store with Feast", "feature stores"),
    ("Unsupervised learning with k-means clustering", "unsupervised learning"),
    ("Run Spark jobs on AWS EMR and Glue", "Amazon EMR"),
    ("Experience with Spark on EMR or Databricks", "Amazon EMR"),
    ("model evaluation (backtesting, MAPE)", "model evaluation"),
    ("infrastructure as code (Terraform or CDK)", "AWS CDK"),
    ("Pull data from Shopify, NetSuite and our 3PL's portal", "Shopify"),
    ("ETL pipelines using Lambda, Glue, S3, Athena", "AWS Glue"),
    ("HPC clusters across GPU/TPU with job schedulers like Slurm", "high-performance computing"),
    ("HPC clusters across GPU/TPU with job schedulers like Slurm", "Slurm"),
    ("HPC clusters across GPU/TPU with job schedulers like Slurm", "GPU computing"),
    ("large scale model inference, quantization and distributed computing", "quantization"),
    ("distributed model training on 64 GPUs", "distributed training"),
    ("PyTorch and related tools (webdataset, torchdata)", "WebDataset"),
    ("Strong understanding of Data Observability", "data observability"),
    ("experience with HubSpot, Zapier or Airtable", "Zapier"),
    ("queries against Epic Clarity or Caboodle data models", "Epic Clarity"),
    ("queries against Epic Clarity or Caboodle data models", "Epic Caboodle"),
    ("An understanding of idempotency, retries and webhooks", "idempotency"),
    ("An understanding of idempotency, retries and webhooks", "webhooks"),
    ("model evaluation (backtesting, MAPE)", "backtesting"),
    ("Charted in the EMR for 30 patients a shift", "electronic health records"),
    ("SQL in production (window functions, CTEs)", "window functions"),
    ("SQL analytic functions such as ROW_NUMBER and LAG", "window functions"),
    ("SQL in production (window functions, CTEs)", "common table expressions"),
    ("Integrated the Stripe API with our Django checkout", "Stripe"),
    ("Object detection with YOLO", "object detection"),
    ("Image recognition with CNNs", "image classification"),
    ("Logistic regression and random forests", "logistic regression"),
    ("ANOVA and t-tests", "ANOVA"),
    ("Operations research and linear programming", "operations research"),
    ("Time series analysis of sensor data", "time-series analysis"),
    ("Survey design and sampling", "survey design"),
    ("Mob programming sessions", "mob programming"),
    ("A ClojureScript front end", "ClojureScript"),
]


@pytest.mark.parametrize(("text", "skill"), OWN_ENTRIES)
def test_a_sibling_product_or_narrower_method_is_its_own_skill(text: str, skill: str) -> None:
    assert skill in names(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Dashboards in R Shiny, reports in R Markdown, the tidyverse in RStudio", "R"),
        ("Build iOS apps in SwiftUI", "Swift"),
        ("Style pages with SCSS", "CSS"),
        ("Apps in Plotly Dash and Python", "Plotly"),
        ("Java with Spring MVC and Hibernate", "Spring Boot"),
        ("Web apps in ASP.NET MVC and C#", ".NET"),
        ("Stream processing with Kafka Streams", "Apache Kafka"),
        ("Budgeting in Essbase", "Oracle Hyperion"),
        ("Data modelling in DAX", "Microsoft Power BI"),
        ("Dashboards in Looker Studio (formerly Google Data Studio)", "Looker"),
        ("Databases: MariaDB", "MySQL"),
        ("Search with OpenSearch", "Elasticsearch"),
        ("Deploy to EKS with Helm charts", "Kubernetes"),
        ("Run workloads on GKE and AKS", "Kubernetes"),
        ("Administer Ubuntu and RHEL servers", "Linux"),
        ("Experience with Unix-like operating systems", "Linux"),
        ("Write shell scripts for automation", "Bash"),
        (
            "Generative AI features with RAG pipelines and prompt engineering",
            "large language models",
        ),
        ("Forecasting with Prophet", "time-series forecasting"),
        ("Expectation suites in Great Expectations", "data quality"),
        ("Compliance with GDPR and HIPAA", "data privacy"),
        ("Tables in Delta Lake on Databricks", "data lake"),
        ("Write tests with pytest and JUnit", "unit testing"),
        ("Experience with test automation", "unit testing"),
        ("End-to-end tests in Cypress", "integration testing"),
        ("Knowledge of TCP/IP and DNS", "networking"),
        ("Lean Six Sigma green belt", "process improvement"),
        ("PMP certification preferred", "project management"),
        ("Apps in SvelteKit", "Svelte"),
        ("Data stored in Firestore", "Firebase"),
        ("Lookups with XLOOKUP and INDEX/MATCH in Excel", "VLOOKUP"),
        ("Image models with CNNs and LSTMs in PyTorch", "deep learning"),
        ("Experience with service-oriented architecture (SOA)", "microservices"),
        ("Event-driven architecture with Kafka", "stream processing"),
        ("Cohort analysis of retention", "segmentation"),
        ("Fraud detection models in Python", "anomaly detection"),
        ("A feature store with Feast", "feature engineering"),
        ("Unsupervised learning methods", "clustering"),
        ("Run Spark jobs on AWS EMR and Glue", "electronic health records"),
        ("Experience with Spark on EMR or Databricks", "electronic health records"),
        ("Riverbend does not sponsor work visas for this role", "experiment design"),
        # EMR listed with the data tools it runs beside is Amazon's, not health records
        ("Pipelines with Spark, Airflow, dbt, Snowflake and EMR", "electronic health records"),
        # a field to know, not the trait of business sense
        ("Domain knowledge of transportation or supply chain", "business acumen"),
        # a longer name is not the skill inside it
        ("Detection models (PyTorch, YOLO, Mask R-CNN)", "R"),
        ("Detection models (PyTorch, YOLO, Mask R-CNN)", "convolutional neural networks"),
        ("Data modelling (Kimball or Data Vault)", "HashiCorp Vault"),
        ("Data observability with Monte Carlo or elementary", "simulation"),
        ("Deploying models to embedded or edge hardware", "embeddings"),
        # an ambiguous -ing name reached from another form of its word
        ("Demand planning for our North American network", "networking"),
        ("Experience with CTC or RNN-T losses", "recurrent neural networks"),
        # a product named like a phrase
        ("Pull data from BigQuery with SQL and analyse it in Python", "Analyse-it"),
        ("Robyn Smith, our CTO, wrote the first version", "Robyn"),
        # everyday words that are also product names
        ("She whispered about a Conformer; the CTC is 12 LPA", "Whisper"),
        ("She whispered about a Conformer; the CTC is 12 LPA", "CTC loss"),
        ("Segment customers by region; each segment of the market", "Segment"),
        ("A temporal pattern in the hex codes", "Temporal"),
        ("A temporal pattern in the hex codes", "Hex"),
        ("Combine pantry locations with census data from the Census Bureau", "Census"),
        ("Heap memory and the Heap allocation", "Heap"),
        ("He shot an arrow at the polar bears. Polars are cold.", "Polars"),
        ("A Feast for the whole team", "Feast"),
        # lower-case English words that are an acronym with a plural s
        ("Teach the basics, keep the icons, and cut up old rags", "BASIC"),
        ("Teach the basics, keep the icons, and cut up old rags", "ICON"),
        ("Teach the basics, keep the icons, and cut up old rags", "retrieval-augmented generation"),
        ("Oops, the spas were closed", "object-oriented programming"),
        ("Oops, the spas were closed", "single-page applications"),
        ("adapting and embedding practices such as CI/CD and DevOps", "embeddings"),
        ("We stuck the labels on with glue and tape", "AWS Glue"),
        ("Charted in the EMR for 30 patients a shift", "Amazon EMR"),
        ("Charted patient notes in Epic EMR; later built Spark jobs", "Amazon EMR"),
        ("Partner with finance, marketing and other analytic functions", "window functions"),
        ("Experience with CDK or Reynolds dealer management systems", "AWS CDK"),
        ("Clinical tools: Epic EMR, Cerner; data: SQL, Spark", "Amazon EMR"),
        ("A navy blue stripe on the Python logo", "Stripe"),
        ("Object detection with YOLO", "computer vision"),
        ("Logistic regression and random forests", "regression"),
        ("ANOVA of the survey answers", "hypothesis testing"),
        ("Operations research", "optimization"),
        ("Time series analysis of sensor data", "time-series forecasting"),
        ("Survey design and sampling", "data collection"),
        ("Mob programming sessions", "pair programming"),
        ("A ClojureScript front end", "Clojure"),
        ("language models for search", "natural language processing"),
    ],
)
def test_an_alias_never_reports_a_name_the_text_did_not_use(text: str, wrong: str) -> None:
    assert wrong not in names(text)


def test_a_narrower_product_or_method_still_shows_its_parent() -> None:
    """Presence implies the parent ("worded differently"), never the other way round."""
    taxonomy = load_taxonomy()
    shown_by = {
        "R": ["tidyverse", "Shiny", "RStudio", "R Markdown"],
        "Kubernetes": [
            "Helm",
            "Amazon EKS",
            "Google Kubernetes Engine",
            "Azure Kubernetes Service",
        ],
        "Unix": ["Linux"],
        "Linux": ["Ubuntu", "Red Hat Enterprise Linux"],
        "shell scripting": ["Bash"],
        "large language models": ["retrieval-augmented generation", "prompt engineering"],
        "data privacy": ["GDPR", "HIPAA"],
        "unit testing": ["pytest", "JUnit"],
        "automated testing": ["unit testing", "end-to-end testing"],
        "networking": ["TCP/IP", "DNS"],
        "deep learning": ["convolutional neural networks", "recurrent neural networks", "LSTM"],
        "Spring Framework": ["Spring Boot"],
        ".NET": ["ASP.NET"],
        "computer vision": ["object detection", "image classification"],
        "classification": ["logistic regression"],
        "hypothesis testing": ["ANOVA"],
        "time-series analysis": ["time-series forecasting"],
        "operations research": ["optimization"],
        "Clojure": ["ClojureScript"],
    }
    for parent, children in shown_by.items():
        for child in children:
            assert child in taxonomy.skills[parent].related, (parent, child)
            assert parent not in taxonomy.skills[child].related, (child, parent)
    for a, b in [
        ("MySQL", "MariaDB"),
        ("Elasticsearch", "OpenSearch"),
        ("Looker", "Looker Studio"),
    ]:
        assert b in taxonomy.skills[a].adjacent and a in taxonomy.skills[b].adjacent
        assert b not in taxonomy.skills[a].related and a not in taxonomy.skills[b].related


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Add a dash of humour to your writing", "Plotly Dash"),
        ("Shiny new office with free snacks", "Shiny"),
        ("The DAX closed higher on Friday", "DAX"),
        ("We saw an elk on the hike", "ELK Stack"),
        ("Report RAG status to the steering committee", "retrieval-augmented generation"),
        ("A prophet is not welcome in his own town", "Prophet"),
        ("Read Great Expectations by Dickens", "Great Expectations"),
        ("Watched CNN news", "convolutional neural networks"),
        ("Python lambda functions and list comprehensions", "AWS Lambda"),
        ("Integration through an Enterprise Service Bus", "Azure Service Bus"),
        ("Sonar technician, US Navy", "SonarQube"),
        ("Survival analysis of patient cohorts", "cohort analysis"),
        ("Mobbing in the office is not tolerated", "mob programming"),
    ],
)
def test_new_everyday_names_need_their_context(text: str, skill: str) -> None:
    assert skill not in names(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("R&D with Python and SQL", "R"),
        ("C&C servers written in Python and Go", "C"),
        ("A fitness stipend and a gym", "FitNesse"),
        ("We are bootstrapped and profitable", "Bootstrap"),
        ("bootstrap confidence intervals in Python", "Bootstrap"),
        ("We run the largest payments card network", "networking"),
    ],
)
def test_letters_of_an_abbreviation_and_everyday_words_are_not_skills(
    text: str, wrong: str
) -> None:
    assert wrong not in names(text)


def test_the_products_behind_those_words_are_still_found() -> None:
    assert {"Bootstrap", "React"} <= set(names("Build UIs with Bootstrap and React"))
    assert "FitNesse" in names("Acceptance tests in FitNesse")


def test_leadership_as_an_audience_is_not_the_soft_skill() -> None:
    assert "leadership" not in names("Design experiments and present results to leadership.")
    assert "leadership" not in names("Report to the leadership team weekly.")
    assert "leadership" in names("Strong leadership and communication skills")
    assert "experiment design" in names("Ran a randomized trial of two homework formats")


def test_two_names_joined_by_an_ampersand_are_both_found() -> None:
    assert {"Python", "SQL"} <= set(names("Python&SQL"))
    assert {"SQL", "Python"} <= set(names("Skills: SQL&Python, R&D budgets"))


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("tools such as JupyterHub, BinderHub and Dask", "JupyterHub"),
        ("tools such as JupyterHub, BinderHub and Dask", "BinderHub"),
        ("maintaining websites (e.g. through GitHub Pages)", "GitHub Pages"),
        ("packages in Python or R (e.g. PIP or CRAN)", "CRAN"),
        ("packages in Python or R (e.g. PIP or CRAN)", "pip"),
        ("platforms such as Open Science Framework or GitHub", "Open Science Framework"),
        ("implementing FAIR/open principles", "FAIR data principles"),
        ("skills in reproducibility of research data analyses", "reproducible research"),
        ("familiar with UI design and user experience design principles", "user interface design"),
        ("familiar with UI design and user experience design principles", "user experience design"),
        ("Thoughtful opinions on CMSes and publishing", "content management systems"),
        ("design and implement cloud computing architecture", "cloud architecture"),
    ],
)
def test_research_software_and_open_science_names_are_known(text: str, skill: str) -> None:
    assert skill in names(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("She was put on a PIP after the review.", "pip"),
        ("We run a fair and open hiring process.", "FAIR data principles"),
    ],
)
def test_performance_plans_and_fairness_are_not_open_science(text: str, skill: str) -> None:
    assert skill not in names(text)


def test_revision_control_is_version_control() -> None:
    assert "version control" in names(
        "coordinating work via GitHub and distributed revision control"
    )


def test_non_sql_persistence_asks_for_nosql_not_sql() -> None:
    found = names("Experience with non-SQL approaches to persistence")
    assert "NoSQL" in found
    assert "SQL" not in found


def test_a_named_store_shows_nosql_and_an_mpi_job_shows_parallel_computing() -> None:
    """The labelled pairs credit Redis and DynamoDB for NoSQL; MPI is how parallel code is
    written on clusters; the SDLC is screened by name, apart from the field's name; GitLab
    hosting code shows no CI/CD, GitLab CI does."""
    taxonomy = load_taxonomy()
    assert {"Redis", "Amazon DynamoDB", "MongoDB"} <= set(taxonomy.skills["NoSQL"].related)
    assert "MPI" in taxonomy.skills["parallel computing"].related
    ci_cd = taxonomy.skills["CI/CD"].related
    assert "GitLab CI" in ci_cd and "GitLab" not in ci_cd
    found = names("Strong grasp of the SDLC and of testing")
    assert "software development lifecycle" in found and "software engineering" not in found


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Build serverless applications with lambdas and API Gateway", "serverless computing"),
        ("Build serverless applications with lambdas and API Gateway", "AWS Lambda"),
        ("Build serverless applications with lambdas and API Gateway", "Amazon API Gateway"),
        ("Configure VPCs, security groups, network ACLs and subnets", "Amazon VPC"),
        ("Configure VPCs, security groups, network ACLs and subnets", "security groups"),
        ("Configure VPCs, security groups, network ACLs and subnets", "network ACLs"),
        ("Configure VPCs, security groups, network ACLs and subnets", "subnetting"),
        ("Route private traffic through NAT gateways", "NAT gateways"),
        ("Own OS patching for the server fleet", "patch management"),
        ("Own backup and restore and the disaster recovery tests", "backup and recovery"),
        ("Own backup and restore and the disaster recovery tests", "disaster recovery"),
        ("Run security audits of our infrastructure", "security auditing"),
        ("Experience red teaming language models", "red teaming"),
        ("Frame business problems as supervised learning problems", "supervised learning"),
        ("Help product teams build interpretable models", "model interpretability"),
        ("machine learning models (feature engineering, algorithm selection)", "model selection"),
        ("Infrastructure engineering experience on AWS", "infrastructure engineering"),
    ],
)
def test_cloud_networking_operations_and_ml_practice_names_are_known(text: str, skill: str) -> None:
    assert skill in names(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Write Python lambdas and list comprehensions", "AWS Lambda"),
        ("Supervised learning assistants in the chemistry lab", "supervised learning"),
        ("Model selection for the runway show", "model selection"),
        ("Fix bugs by patching the parser", "patch management"),
        ("Manage security groups in Active Directory", "security groups"),
        (
            "machine learning models (feature engineering, algorithm selection)",
            "data structures and algorithms",
        ),
    ],
)
def test_lambdas_patching_and_security_groups_need_their_context(text: str, skill: str) -> None:
    assert skill not in names(text)


def test_methods_and_tools_show_the_practice_they_belong_to() -> None:
    """A supervised method shows supervised learning; IaC shows infrastructure engineering;
    Pulumi, CloudFormation and CDK show infrastructure as code, as Terraform does."""
    taxonomy = load_taxonomy()
    assert {"logistic regression", "gradient boosting", "random forest"} <= set(
        taxonomy.skills["supervised learning"].related
    )
    assert "infrastructure as code" in taxonomy.skills["infrastructure engineering"].related
    assert {"Pulumi", "AWS CloudFormation", "AWS CDK"} <= set(
        taxonomy.skills["infrastructure as code"].related
    )


def test_diagrams_are_a_way_of_explaining_not_a_screened_tool() -> None:
    from pivotprep.resume.matching.vocabulary import GENERIC

    taxonomy = load_taxonomy()
    assert "diagramming" in taxonomy.skills and "diagramming" in GENERIC
    assert "Diagramming" not in names("Communication skills, diagrams as well as documents")


def test_an_acronym_plural_written_with_an_apostrophe_is_the_plural() -> None:
    found = names("Creating and maintaining VPC's, network ACL's and ETL's")
    assert {"Amazon VPC", "network ACLs", "ETL"} <= set(found)
    assert "DOE" not in names("We value Doe's work")


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        (
            "data analytics (including statistical computing and machine learning)",
            "statistical computing",
        ),
        ("numerical computing, HPC (including multi-core and GPUs)", "numerical computing"),
        ("Develop and optimise a finite-element solver in modern C++17", "numerical computing"),
        ("The software uses PETSc to distribute matrix data", "PETSc"),
        ("Parallelise a workflow using OpenMP or joblib", "joblib"),
        ("Multi-threaded the CPU fallback with std::thread and Intel TBB", "parallel computing"),
        ("Multi-threaded the CPU fallback with std::thread and Intel TBB", "Intel TBB"),
        ("Developing, testing, profiling and optimising parallel software", "profiling"),
        ("Experience of distributed computing", "distributed computing"),
        ("Built an agent-based crowd simulation for a game", "agent-based modelling"),
        ("Familiar with the concepts of information design and presentation", "information design"),
    ],
)
def test_research_computing_names_are_known(text: str, skill: str) -> None:
    assert skill in names(text)


def test_customer_profiling_is_not_code_profiling_and_mpi_shows_distributed_computing() -> None:
    assert "profiling" not in names("Customer profiling and segmentation for the CRM")
    assert "big data" not in names("Experience of distributed computing")
    taxonomy = load_taxonomy()
    assert {"MPI", "Apache Spark"} <= set(taxonomy.skills["distributed computing"].related)
    assert "Intel VTune" in taxonomy.skills["profiling"].related


def test_building_automation_is_the_facilities_skill_only_beside_its_words() -> None:
    listed = "Go and Kubernetes experience, building automation, modifying controllers"
    assert "building automation" not in [m.skill.name for m in extract_mentions(listed)]
    facilities = "Maintained building automation systems and HVAC controls"
    assert "building automation" in [m.skill.name for m in extract_mentions(facilities)]
    # the verb "building" before "automation systems" in a developer's duties
    duties = "Experience building automation systems in Python for our release process"
    assert "building automation" not in [m.skill.name for m in extract_mentions(duties)]
    bms = "Commissioned building management systems across three hospital sites"
    assert "building automation" in [m.skill.name for m in extract_mentions(bms)]


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Design concepts such as OOD, SOLID and design patterns", "SOLID"),
        ("A good understanding of web application security", "web application security"),
        ("Create data models (entity relationship) diagrams", "entity-relationship diagrams"),
        ("Taking responsibility for the data architecture of your service", "data architecture"),
        ("Capturing the requirements of data orchestration", "data orchestration"),
        ("Decisions on data classification at attribute level", "data classification"),
        ("Provide input into data dictionaries", "data dictionaries"),
        ("Experience of creating data flow diagrams", "data flow diagrams"),
        ("Undertake data profiling and source system analysis", "data profiling"),
        ("Undertake data profiling and source system analysis", "source system analysis"),
        ("Data modelling tools such as Erwin data modeller", "erwin Data Modeler"),
        ("Consider data access control processes", "access control"),
    ],
)
def test_design_principles_and_data_architecture_practices_are_known(text: str, skill: str) -> None:
    assert skill in names(text)


def test_solid_and_erwin_need_their_context() -> None:
    assert "SOLID" not in names("We have a solid track record with Python")
    assert "erwin Data Modeler" not in names("Erwin Schmidt, our CTO, wrote the Python SDK")
    # "SOLID" shouted as the adjective beside a stack is not the five principles
    assert "SOLID" not in names("You must have SOLID experience with Java and AWS")
    assert "SOLID" not in names("Requirements: SOLID SQL and Python skills")
    assert "SOLID" in names("Writes clean Java that follows OOP and SOLID")
    # a legal entity's relationship with its banks is no entity-relationship model
    legal = "Manage the legal entity relationship with our banks and auditors in SAP"
    assert "entity-relationship diagrams" not in names(legal)
    assert "entity-relationship diagrams" in names("Drew an entity relationship model in Visio")
    taxonomy = load_taxonomy()
    assert "OWASP" in taxonomy.skills["web application security"].related
    assert "Ruby on Rails" in taxonomy.skills["Ruby"].related
    assert "Azure Pipelines" in taxonomy.skills["CI/CD"].related
    assert "Azure DevOps" not in taxonomy.skills["CI/CD"].related


def test_a_broad_phrase_does_not_swallow_the_screened_skill_inside_it() -> None:
    """ESCO's "build predictive models" and "artificial neural networks" are longer than
    the curated skills inside them; the screened skill wins, not an other keyword."""
    found = {
        m.skill.name: m for m in extract_mentions("Use ML libraries to build predictive models")
    }
    assert "predictive modeling" in found and not found["predictive modeling"].skill.is_broad
    nets = [m.skill.name for m in extract_mentions("methods such as artificial neural networks")]
    assert "deep learning" in nets
