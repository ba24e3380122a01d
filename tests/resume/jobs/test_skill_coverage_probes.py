"""Hard skills that real postings ask for, written the ways postings write them, must each
give their skill (taxonomy curated.yaml, jobs/, matching/).

Each probe is one requirement or responsibility bullet as 2020-2026 postings for software,
data, ML, DevOps/SRE, research software and public-sector digital jobs write them, placed in
a short posting under a Requirements or Responsibilities heading after a bullet that names
nothing, and scanned like a real posting. `expected` holds every hard skill the labelling
guide of bench/data/ats/README.md makes a keyword of the bullet, by its canonical taxonomy
name: a recruiter's screen, not the scanner's reading. The families: languages and
frameworks; the data stack; analytics and BI; ML and LLM tooling; cloud services by
provider; DevOps; testing; security; front-end; research software; named methods and
disciplines the guide keeps; and negative controls, where a skill word is ordinary English,
a person or a non-skill and must give nothing.

The bullets were written for this file from how job ads are worded, not from any
evaluation posting, and labelled before the scanner read them.
"""

from __future__ import annotations

import pytest

from tests.resume.jobs.test_asking import hard_skills
from tests.resume.probes import probe_params

REQ = "Requirements"
RESP = "Responsibilities"

_BLURB = (
    "We are a public health charity based in Leeds. We work with councils, hospitals and "
    "schools across the north of England, and we have grown to sixty people."
)
_FILLER = "- A friendly, patient manner with colleagues and customers."


def posting(heading: str, probe: str, title: str = "Data Analyst") -> str:
    """A short posting holding `probe` as a bullet."""
    return f"{title}\n{_BLURB}\n{heading}\n{_FILLER}\n- {probe}\n"


Probe = tuple[str, str, str, set[str]]

LANGUAGES: list[Probe] = [
    ("py-sql", REQ, "Proficiency in Python and SQL.", {"Python", "SQL"}),
    ("java-kotlin", REQ, "Strong Java or Kotlin experience.", {"Java", "Kotlin"}),
    ("golang", REQ, "Hands-on experience building services in Golang.", {"Go"}),
    ("go-paren", REQ, "Production experience with Go (or a willingness to learn it).", {"Go"}),
    ("rust-shipped", REQ, "You have shipped production code in Rust.", {"Rust"}),
    ("ts-node", REQ, "Comfortable with TypeScript and Node.js.", {"TypeScript", "Node.js"}),
    ("csharp-dotnet", REQ, "Commercial experience with C# and .NET Core.", {"C#", ".NET"}),
    ("scala", REQ, "Experience writing Scala for data-intensive services.", {"Scala"}),
    (
        "fastapi-flask",
        REQ,
        "Experience building REST APIs with FastAPI or Flask.",
        {"REST APIs", "FastAPI", "Flask"},
    ),
    (
        "django-drf",
        REQ,
        "Solid Django experience, including Django REST Framework.",
        {"Django", "Django REST Framework"},
    ),
    (
        "spring-boot-ms",
        REQ,
        "Experience designing Spring Boot microservices.",
        {"Spring Boot", "microservices"},
    ),
    ("rails", RESP, "Write clean, well-tested Ruby on Rails code.", {"Ruby on Rails"}),
    (
        "php-laravel",
        REQ,
        "Familiarity with PHP frameworks such as Laravel or Symfony.",
        {"PHP", "Laravel", "Symfony"},
    ),
    ("graphql-grpc", REQ, "Experience with GraphQL and gRPC.", {"GraphQL", "gRPC"}),
    ("cpp17", REQ, "Strong modern C++ (C++17 or later).", {"C++"}),
    (
        "bash-powershell",
        REQ,
        "Scripting in Bash and PowerShell.",
        {"Bash", "Microsoft PowerShell"},
    ),
    ("asyncio", REQ, "Experience with asynchronous Python (asyncio).", {"Python", "asyncio"}),
    (
        "maven-gradle",
        REQ,
        "Working knowledge of Java 17 and build tools like Maven or Gradle.",
        {"Java", "Apache Maven", "Gradle"},
    ),
    ("mypy-pydantic", REQ, "Experience with mypy and pydantic.", {"mypy", "pydantic"}),
    ("sqlalchemy", REQ, "Experience with SQLAlchemy or similar.", {"SQLAlchemy"}),
    (
        "celery-rabbit",
        RESP,
        "Build background workers with Celery and RabbitMQ.",
        {"Celery", "RabbitMQ"},
    ),
    ("express-nest", REQ, "Experience with Express.js or NestJS.", {"Express.js", "NestJS"}),
    (
        "oop-patterns",
        REQ,
        "Strong grasp of object-oriented programming and design patterns.",
        {"object-oriented programming", "design patterns"},
    ),
    (
        "fp-langs",
        REQ,
        "Experience with functional programming in Haskell, Elixir or Clojure.",
        {"functional programming", "Haskell", "Elixir", "Clojure"},
    ),
    ("oop-abbrev", REQ, "Good understanding of OOP principles.", {"object-oriented programming"}),
    (
        "r-tidyverse",
        REQ,
        "Proficient in R, including the tidyverse and ggplot2.",
        {"R", "tidyverse", "ggplot2"},
    ),
    (
        "julia-matlab",
        REQ,
        "Experience with Julia or MATLAB for numerical work.",
        {"Julia", "MATLAB"},
    ),
    (
        "swiftui",
        REQ,
        "Experience building iOS apps in Swift and SwiftUI.",
        {"Swift", "SwiftUI", "iOS"},
    ),
    (
        "sql-ctes",
        REQ,
        "Comfortable writing SQL, including CTEs and window functions.",
        {"SQL", "common table expressions", "window functions"},
    ),
    (
        "tsql-procs",
        RESP,
        "Maintain T-SQL stored procedures on Microsoft SQL Server.",
        {"T-SQL", "stored procedures", "Microsoft SQL Server"},
    ),
    (
        "plsql-oracle",
        REQ,
        "Experience with PL/SQL on Oracle Database.",
        {"PL/SQL", "Oracle Database"},
    ),
    (
        "pandas-numpy-polars",
        REQ,
        "Hands-on experience with Pandas, NumPy and Polars.",
        {"pandas", "NumPy", "Polars"},
    ),
    ("poetry", RESP, "Package our Python libraries with Poetry.", {"Python", "Poetry"}),
    ("websockets", REQ, "Experience with WebSockets.", {"WebSockets"}),
    (
        "dsa",
        REQ,
        "Solid grounding in data structures and algorithms.",
        {"data structures and algorithms"},
    ),
    (
        "eda-queues",
        REQ,
        "Experience with event-driven architecture and message queues.",
        {"event-driven architecture", "message queues"},
    ),
    ("kotlin-ktor", REQ, "Experience with Kotlin and Ktor.", {"Kotlin", "Ktor"}),
    ("elixir-phoenix", REQ, "Experience with Elixir and Phoenix.", {"Elixir", "Phoenix"}),
    ("fsharp", REQ, "Experience with F# or another ML-family language.", {"F#"}),
    ("perl-legacy", RESP, "Maintain and retire legacy Perl scripts.", {"Perl"}),
    (
        "dotnet-ef",
        REQ,
        "Experience with ASP.NET Core and Entity Framework.",
        {"ASP.NET", "Entity Framework"},
    ),
    ("hibernate", REQ, "Familiarity with Hibernate.", {"Hibernate ORM"}),
    (
        "java-springframework",
        REQ,
        "Experience with Java and the Spring framework.",
        {"Java", "Spring Framework"},
    ),
    ("python3", REQ, "Fluent in Python 3.", {"Python"}),
    ("ts-strict", RESP, "Write strongly typed TypeScript across the stack.", {"TypeScript"}),
    (
        "shell-scripting",
        REQ,
        "Comfortable with shell scripting on Linux.",
        {"shell scripting", "Linux"},
    ),
]

DATA_STACK: list[Probe] = [
    (
        "cloud-dw",
        REQ,
        "Experience with Snowflake, BigQuery or Redshift.",
        {"Snowflake", "Google BigQuery", "Amazon Redshift"},
    ),
    ("dbt-models", RESP, "Build and maintain dbt models.", {"dbt"}),
    ("dbt-core-cloud", REQ, "Experience with dbt (Core or Cloud).", {"dbt"}),
    ("airflow-dags", RESP, "Author and maintain Airflow DAGs.", {"Apache Airflow"}),
    (
        "orchestrators",
        REQ,
        "Experience with an orchestrator such as Airflow, Dagster or Prefect.",
        {"Apache Airflow", "Dagster", "Prefect"},
    ),
    ("pyspark", REQ, "Strong PySpark skills.", {"Apache Spark"}),
    (
        "spark-scala",
        REQ,
        "Experience with Spark in Scala or Python.",
        {"Apache Spark", "Scala", "Python"},
    ),
    (
        "kafka-streaming",
        REQ,
        "Experience with streaming platforms like Kafka or Kinesis.",
        {"Apache Kafka", "Amazon Kinesis", "stream processing"},
    ),
    ("flink", REQ, "Hands-on experience with Apache Flink.", {"Apache Flink"}),
    (
        "stream-processing",
        REQ,
        "Experience with stream processing using Kafka Streams or Flink.",
        {"stream processing", "Kafka Streams", "Apache Flink"},
    ),
    (
        "lakehouse-formats",
        REQ,
        "Experience with open table formats (Delta Lake, Apache Iceberg or Hudi).",
        {"Delta Lake", "Apache Iceberg", "Apache Hudi"},
    ),
    ("parquet", REQ, "Familiarity with columnar formats such as Parquet.", {"Parquet"}),
    (
        "avro-protobuf",
        REQ,
        "Experience with Avro or Protobuf schemas.",
        {"Apache Avro", "Protocol Buffers"},
    ),
    (
        "great-expectations",
        REQ,
        "Experience with data quality tools such as Great Expectations or Soda.",
        {"Great Expectations", "Soda", "data quality"},
    ),
    (
        "elt-tools",
        REQ,
        "Experience with ELT tools such as Fivetran or Airbyte.",
        {"ETL", "Fivetran", "Airbyte"},
    ),
    ("databricks", REQ, "Hands-on Databricks experience.", {"Databricks"}),
    (
        "databricks-unity",
        RESP,
        "Manage access with Databricks Unity Catalog.",
        {"Databricks", "Unity Catalog"},
    ),
    ("dlt", RESP, "Build pipelines with Delta Live Tables.", {"Delta Live Tables"}),
    (
        "cdc-debezium",
        REQ,
        "Experience with change data capture (e.g. Debezium).",
        {"change data capture", "Debezium"},
    ),
    ("trino-presto", REQ, "Experience querying data with Trino or Presto.", {"Trino", "Presto"}),
    ("hadoop-hive", REQ, "Experience with Hadoop and Hive.", {"Apache Hadoop", "Apache Hive"}),
    ("clickhouse", REQ, "Experience with ClickHouse or Druid.", {"ClickHouse", "Apache Druid"}),
    ("duckdb", REQ, "Familiarity with DuckDB for local analytics.", {"DuckDB"}),
    (
        "dim-modelling",
        REQ,
        "Experience with dimensional modelling (Kimball).",
        {"dimensional modeling"},
    ),
    ("data-modelling-brit", REQ, "Strong data modelling skills.", {"data modeling"}),
    ("scd", REQ, "Understanding of slowly changing dimensions.", {"slowly changing dimensions"}),
    ("data-vault", REQ, "Experience with Data Vault 2.0.", {"Data Vault"}),
    ("etl-elt", REQ, "Experience designing ETL/ELT processes.", {"ETL"}),
    (
        "data-warehousing",
        REQ,
        "Solid understanding of data warehousing concepts.",
        {"data warehousing"},
    ),
    ("data-lake", REQ, "Experience building a data lake on S3.", {"data lake", "Amazon S3"}),
    ("data-mesh", REQ, "Familiarity with data mesh principles.", {"data mesh"}),
    ("data-contracts", RESP, "Define data contracts with upstream producers.", {"data contracts"}),
    (
        "data-governance",
        REQ,
        "Experience with data governance and data lineage.",
        {"data governance"},
    ),
    ("mdm", REQ, "Experience with master data management.", {"master data management"}),
    ("snowpark", REQ, "Experience with Snowflake and Snowpark.", {"Snowflake", "Snowpark"}),
    (
        "beam",
        REQ,
        "Experience with Apache Beam or Dataflow.",
        {"Apache Beam", "Google Cloud Dataflow"},
    ),
    ("sqlmesh", REQ, "Experience with dbt or SQLMesh.", {"dbt", "SQLMesh"}),
    ("luigi", RESP, "Migrate legacy Luigi jobs to Airflow.", {"Luigi", "Apache Airflow"}),
    (
        "datahub",
        REQ,
        "Experience with a data catalogue such as DataHub or Collibra.",
        {"DataHub", "Collibra"},
    ),
    (
        "monte-carlo",
        REQ,
        "Experience with data observability tools like Monte Carlo.",
        {"Monte Carlo data observability"},
    ),
    ("ssis", REQ, "Experience with SSIS packages.", {"Microsoft SSIS"}),
    (
        "adf",
        REQ,
        "Experience with Azure Data Factory pipelines.",
        {"Azure Data Factory", "Microsoft Azure"},
    ),
    (
        "glue-athena",
        REQ,
        "Experience with AWS Glue and Athena.",
        {"AWS Glue", "Amazon Athena", "Amazon Web Services"},
    ),
    (
        "postgres",
        REQ,
        "Strong PostgreSQL skills, including query optimisation.",
        {"PostgreSQL", "query optimization"},
    ),
    ("postgres-abbrev", REQ, "Experience with Postgres and Redis.", {"PostgreSQL", "Redis"}),
    ("mysql-mongo", REQ, "Experience with MySQL and MongoDB.", {"MySQL", "MongoDB"}),
    (
        "relational-nosql",
        REQ,
        "Experience with relational and NoSQL databases.",
        {"relational databases", "NoSQL"},
    ),
    ("cassandra", REQ, "Experience operating Cassandra clusters.", {"Apache Cassandra"}),
    (
        "elasticsearch",
        REQ,
        "Experience with Elasticsearch or OpenSearch.",
        {"Elasticsearch", "OpenSearch"},
    ),
    ("pubsub", REQ, "Experience with Google Pub/Sub.", {"Google Cloud Pub/Sub"}),
]

ANALYTICS: list[Probe] = [
    ("tableau-pbi", REQ, "Advanced Tableau or Power BI skills.", {"Tableau", "Microsoft Power BI"}),
    (
        "pbi-dax",
        REQ,
        "Experience with Power BI, DAX and Power Query.",
        {"Microsoft Power BI", "DAX", "Power Query"},
    ),
    ("looker-lookml", REQ, "Experience with Looker and LookML.", {"Looker"}),
    ("looker-studio", RESP, "Build dashboards in Looker Studio.", {"Looker Studio"}),
    (
        "excel-advanced",
        REQ,
        "Advanced Excel skills (pivot tables, VLOOKUP/XLOOKUP).",
        {"Microsoft Excel", "pivot tables", "VLOOKUP", "XLOOKUP"},
    ),
    (
        "excel-lower",
        REQ,
        "Strong excel and google sheets skills.",
        {"Microsoft Excel", "Google Sheets"},
    ),
    ("vba-macros", REQ, "Experience writing Excel macros in VBA.", {"Microsoft Excel", "VBA"}),
    ("ab-testing", REQ, "Experience designing and analysing A/B tests.", {"A/B testing"}),
    ("experimentation", REQ, "Experience with experimentation and A/B testing.", {"A/B testing"}),
    (
        "hypothesis",
        REQ,
        "Knowledge of hypothesis testing and statistical significance.",
        {"hypothesis testing"},
    ),
    (
        "stats-methods",
        REQ,
        "Strong knowledge of statistical methods such as regression and ANOVA.",
        {"statistics", "regression", "ANOVA"},
    ),
    (
        "stat-modelling",
        REQ,
        "Experience with statistical modelling in R or Python.",
        {"statistics", "R", "Python"},
    ),
    ("causal", REQ, "Experience with causal inference methods.", {"causal inference"}),
    ("time-series", REQ, "Experience with time series forecasting.", {"time-series forecasting"}),
    ("forecasting", RESP, "Build demand forecasting models.", {"forecasting"}),
    ("bayesian", REQ, "Familiarity with Bayesian statistics.", {"Bayesian statistics"}),
    (
        "cohort-funnel",
        RESP,
        "Run cohort and funnel analyses.",
        {"cohort analysis", "funnel analysis"},
    ),
    ("segmentation", RESP, "Build customer segmentation models.", {"segmentation"}),
    ("ga4", REQ, "Experience with Google Analytics 4.", {"Google Analytics"}),
    ("product-analytics", REQ, "Experience with Amplitude or Mixpanel.", {"Amplitude", "Mixpanel"}),
    ("metabase", REQ, "Experience with Metabase or a similar BI tool.", {"Metabase"}),
    (
        "superset",
        RESP,
        "Maintain dashboards in Apache Superset.",
        {"Apache Superset"},
    ),
    ("qlik", REQ, "Experience with Qlik Sense.", {"Qlik"}),
    ("alteryx", REQ, "Experience with Alteryx workflows.", {"Alteryx"}),
    ("sas-spss", REQ, "Experience with SAS, SPSS or Stata.", {"SAS", "SPSS", "Stata"}),
    ("data-viz-brit", REQ, "Strong data visualisation skills.", {"data visualization"}),
    ("data-cleaning", RESP, "Clean and validate messy data sets.", {"data cleaning"}),
    (
        "data-wrangling",
        REQ,
        "Experience with data wrangling in pandas.",
        {"data wrangling", "pandas"},
    ),
    (
        "power-analysis",
        REQ,
        "Familiarity with power analysis and sample size calculation.",
        {"power analysis"},
    ),
    (
        "confidence-int",
        REQ,
        "Comfortable with confidence intervals and p-values.",
        {"confidence intervals", "hypothesis testing"},
    ),
    ("experiment-design", REQ, "Experience with experimental design.", {"experiment design"}),
    ("optimizely", REQ, "Experience with Optimizely or Statsig.", {"Optimizely", "Statsig"}),
    ("survival", REQ, "Experience with survival analysis.", {"survival analysis"}),
    (
        "mixed-models",
        REQ,
        "Knowledge of logistic regression and decision trees.",
        {"logistic regression", "decision trees"},
    ),
    ("jupyter", REQ, "Experience working in Jupyter notebooks.", {"Jupyter"}),
    (
        "viz-libs",
        REQ,
        "Experience with matplotlib, Seaborn or Plotly.",
        {"matplotlib", "Seaborn", "Plotly"},
    ),
    ("streamlit", RESP, "Build internal tools with Streamlit.", {"Streamlit"}),
    ("shiny", RESP, "Build R Shiny apps for analysts.", {"Shiny"}),
    (
        "rmarkdown",
        RESP,
        "Write reproducible reports in R Markdown or Quarto.",
        {"R Markdown", "Quarto"},
    ),
    ("data-mining", REQ, "Experience with data mining techniques.", {"data mining"}),
    ("stats-degree-free", REQ, "Strong statistical analysis skills.", {"statistics"}),
    ("ssrs", REQ, "Experience with SSRS reports.", {"Microsoft SQL Server Reporting Services"}),
    (
        "geospatial",
        REQ,
        "Experience with geospatial analysis in QGIS or PostGIS.",
        {"geospatial analysis", "QGIS", "PostGIS"},
    ),
    ("arcgis", REQ, "Experience with ArcGIS.", {"ESRI ArcGIS"}),
    ("root-cause", RESP, "Carry out root cause analysis on data issues.", {"root cause analysis"}),
]

ML_LLM: list[Probe] = [
    ("pytorch-tf", REQ, "Proficiency in PyTorch or TensorFlow.", {"PyTorch", "TensorFlow"}),
    ("tf-abbrev", REQ, "Hands-on experience training models in TF/Keras.", {"TensorFlow", "Keras"}),
    ("jax", REQ, "Bonus points for experience with JAX.", {"JAX"}),
    ("sklearn", REQ, "Fluent with scikit-learn and the PyData stack.", {"scikit-learn"}),
    (
        "sklearn-abbrev",
        REQ,
        "You have built models with sklearn and XGBoost.",
        {"scikit-learn", "XGBoost"},
    ),
    (
        "gbm",
        REQ,
        "Experience with gradient boosting (XGBoost, LightGBM, CatBoost).",
        {"gradient boosting", "XGBoost", "LightGBM", "CatBoost"},
    ),
    (
        "hf",
        REQ,
        "Practical experience with Hugging Face Transformers.",
        {"Hugging Face Transformers"},
    ),
    (
        "hf-short",
        REQ,
        "Comfortable with the Hugging Face ecosystem.",
        {"Hugging Face Transformers"},
    ),
    (
        "mlflow",
        RESP,
        "Track experiments and register models in MLflow.",
        {"MLflow", "experiment tracking"},
    ),
    (
        "wandb",
        REQ,
        "Experience with experiment tracking tools such as Weights & Biases.",
        {"experiment tracking", "Weights & Biases"},
    ),
    ("wandb-short", REQ, "Familiarity with W&B or MLflow.", {"Weights & Biases", "MLflow"}),
    ("kubeflow", RESP, "Build training workflows on Kubeflow Pipelines.", {"Kubeflow"}),
    (
        "feature-store",
        REQ,
        "Experience with feature stores such as Feast or Tecton.",
        {"feature stores", "Feast", "Tecton"},
    ),
    (
        "model-serving",
        REQ,
        "Experience with model serving (TorchServe, Triton or BentoML).",
        {"model deployment", "TorchServe", "NVIDIA Triton Inference Server", "BentoML"},
    ),
    (
        "kserve",
        RESP,
        "Deploy models on Kubernetes with KServe or Seldon.",
        {"Kubernetes", "KServe", "Seldon Core", "model deployment"},
    ),
    ("vllm", REQ, "You have served open-weight LLMs with vLLM.", {"vLLM", "large language models"}),
    (
        "vector-dbs",
        REQ,
        "Experience with vector databases such as Pinecone, Weaviate or pgvector.",
        {"vector databases", "Pinecone", "Weaviate", "pgvector"},
    ),
    ("qdrant", REQ, "Hands-on experience with Qdrant or Milvus.", {"Qdrant", "Milvus"}),
    ("chroma", REQ, "Familiarity with Chroma or FAISS for similarity search.", {"Chroma", "Faiss"}),
    ("rag", REQ, "You have shipped RAG systems to production.", {"retrieval-augmented generation"}),
    (
        "rag-long",
        RESP,
        "Build retrieval-augmented generation (RAG) pipelines over our documents.",
        {"retrieval-augmented generation"},
    ),
    (
        "fine-tuning",
        REQ,
        "Experience fine-tuning LLMs on domain data.",
        {"fine-tuning", "large language models"},
    ),
    (
        "lora",
        REQ,
        "Experience with parameter-efficient fine-tuning (LoRA, QLoRA).",
        {"fine-tuning", "LoRA"},
    ),
    ("rlhf", REQ, "Familiarity with RLHF or DPO.", {"RLHF"}),
    (
        "langchain",
        REQ,
        "Experience with LLM frameworks like LangChain or LlamaIndex.",
        {"LangChain", "LlamaIndex"},
    ),
    ("langgraph", RESP, "Build multi-step agents with LangGraph.", {"LangGraph"}),
    ("prompt-eng", REQ, "Strong prompt engineering skills.", {"prompt engineering"}),
    ("openai-api", REQ, "Experience integrating the OpenAI API.", {"OpenAI API"}),
    ("bedrock", REQ, "Experience building on Amazon Bedrock.", {"Amazon Bedrock"}),
    (
        "azure-openai",
        REQ,
        "Experience with Azure OpenAI Service.",
        {"Azure OpenAI", "Microsoft Azure"},
    ),
    (
        "llm-eval",
        RESP,
        "Design evaluation suites for LLM applications.",
        {"model evaluation", "large language models"},
    ),
    (
        "model-eval",
        REQ,
        "Rigorous approach to model evaluation and validation.",
        {"model evaluation", "model validation"},
    ),
    ("mlops", REQ, "Solid MLOps background.", {"MLOps"}),
    (
        "model-monitoring",
        RESP,
        "Monitor production models for drift and decay.",
        {"model monitoring"},
    ),
    (
        "dl-cv",
        REQ,
        "Deep learning experience, ideally in computer vision.",
        {"deep learning", "computer vision"},
    ),
    ("nlp", REQ, "Background in NLP.", {"natural language processing"}),
    ("nlp-libs", REQ, "Experience with spaCy or NLTK.", {"spaCy", "NLTK"}),
    ("opencv", REQ, "Working knowledge of OpenCV.", {"OpenCV"}),
    ("rl", REQ, "Research experience in reinforcement learning.", {"reinforcement learning"}),
    ("recsys", RESP, "Build and improve our recommender systems.", {"recommender systems"}),
    (
        "ml-abbrev",
        REQ,
        "Track record of deploying ML models to production.",
        {"machine learning", "model deployment"},
    ),
    (
        "feature-eng",
        RESP,
        "Own feature engineering and hyperparameter tuning.",
        {"feature engineering", "hyperparameter tuning"},
    ),
    (
        "supervised",
        REQ,
        "Understanding of supervised and unsupervised learning.",
        {"supervised learning", "unsupervised learning"},
    ),
    (
        "sagemaker",
        REQ,
        "Experience training and deploying models on SageMaker.",
        {"Amazon SageMaker", "model deployment"},
    ),
    ("vertex", REQ, "Experience with Vertex AI pipelines.", {"Google Vertex AI"}),
    (
        "azure-ml",
        REQ,
        "Familiarity with Azure Machine Learning.",
        {"Azure Machine Learning", "Microsoft Azure"},
    ),
    ("ray", RESP, "Scale distributed training with Ray.", {"Ray", "distributed training"}),
    ("onnx", RESP, "Optimise inference with ONNX and TensorRT.", {"ONNX", "TensorRT"}),
    (
        "quantization",
        REQ,
        "Experience with model quantisation and distillation.",
        {"quantization", "knowledge distillation"},
    ),
    (
        "embeddings",
        REQ,
        "Experience with embeddings and semantic search.",
        {"embeddings", "semantic search"},
    ),
    ("genai", REQ, "Hands-on experience with generative AI.", {"generative AI"}),
    ("llms", REQ, "You have built products on top of LLMs.", {"large language models"}),
    ("dvc", REQ, "Experience versioning data with DVC.", {"DVC"}),
    (
        "optuna",
        REQ,
        "Experience with hyperparameter search in Optuna.",
        {"Optuna", "hyperparameter tuning"},
    ),
    (
        "metaflow",
        REQ,
        "Experience with ML pipeline tools such as Metaflow or ZenML.",
        {"Metaflow", "ZenML"},
    ),
    (
        "deepspeed",
        REQ,
        "Experience with distributed training (DeepSpeed or FSDP).",
        {"DeepSpeed", "distributed training"},
    ),
    ("cuda", REQ, "Comfortable writing CUDA kernels.", {"CUDA"}),
    ("mllib", REQ, "Experience with Spark MLlib.", {"Spark MLlib"}),
    ("ollama", REQ, "Experience running local models with Ollama.", {"Ollama"}),
    ("langsmith", REQ, "Experience tracing LLM apps with LangSmith.", {"LangSmith"}),
    ("model-registry", RESP, "Manage model versions in a model registry.", {"model registry"}),
    (
        "random-forest",
        REQ,
        "Knowledge of random forests and neural networks.",
        {"random forest", "deep learning"},
    ),
]

CLOUD: list[Probe] = [
    (
        "aws-services",
        REQ,
        "Experience with AWS (Lambda, S3, DynamoDB).",
        {"Amazon Web Services", "AWS Lambda", "Amazon S3", "Amazon DynamoDB"},
    ),
    (
        "aws-compute",
        REQ,
        "Hands-on experience with EC2, ECS and Fargate.",
        {"Amazon EC2", "Amazon Elastic Container Service", "AWS Fargate"},
    ),
    ("eks", RESP, "Run our workloads on EKS.", {"Amazon EKS"}),
    ("sqs-sns", REQ, "Familiarity with SQS and SNS.", {"Amazon SQS", "Amazon SNS"}),
    ("step-functions", RESP, "Orchestrate batch jobs with Step Functions.", {"AWS Step Functions"}),
    (
        "api-gateway",
        REQ,
        "You have built serverless APIs with API Gateway and Lambda.",
        {"Amazon API Gateway", "AWS Lambda", "serverless computing", "API design"},
    ),
    (
        "rds-aurora",
        REQ,
        "Experience running RDS and Aurora databases.",
        {"Amazon RDS", "Amazon Aurora"},
    ),
    ("cloudwatch", RESP, "Set up CloudWatch alarms.", {"Amazon CloudWatch"}),
    (
        "cloudfront",
        REQ,
        "Experience with CloudFront and Route 53.",
        {"Amazon CloudFront", "Amazon Route 53"},
    ),
    ("vpc-iam", REQ, "Good understanding of VPCs and IAM policies.", {"Amazon VPC", "AWS IAM"}),
    (
        "cdk",
        REQ,
        "Comfortable with AWS CDK or CloudFormation.",
        {"AWS CDK", "AWS CloudFormation", "Amazon Web Services"},
    ),
    ("emr", REQ, "Experience running Spark on EMR.", {"Apache Spark", "Amazon EMR"}),
    ("kinesis", REQ, "Experience with Kinesis Data Streams.", {"Amazon Kinesis"}),
    ("msk", REQ, "Experience operating Kafka on Amazon MSK.", {"Apache Kafka", "Amazon MSK"}),
    (
        "secrets-manager",
        REQ,
        "Experience with AWS Secrets Manager and KMS.",
        {"AWS Secrets Manager", "AWS KMS", "Amazon Web Services"},
    ),
    ("ecr", RESP, "Publish container images to ECR.", {"Amazon ECR", "containerization"}),
    ("aws-amazon", REQ, "Commercial experience on Amazon Web Services.", {"Amazon Web Services"}),
    ("azure", REQ, "Experience working in Microsoft Azure.", {"Microsoft Azure"}),
    (
        "azure-functions",
        RESP,
        "Build Azure Functions that read from Azure Blob Storage.",
        {"Azure Functions", "Azure Blob Storage", "Microsoft Azure"},
    ),
    ("aks", REQ, "Experience with AKS.", {"Azure Kubernetes Service"}),
    ("cosmos", REQ, "Knowledge of Cosmos DB.", {"Azure Cosmos DB"}),
    (
        "synapse",
        REQ,
        "Experience with Azure Synapse.",
        {"Azure Synapse Analytics", "Microsoft Azure"},
    ),
    (
        "fabric",
        REQ,
        "Experience with Microsoft Fabric or Power BI.",
        {"Microsoft Fabric", "Microsoft Power BI"},
    ),
    ("event-hubs", RESP, "Ingest telemetry through Event Hubs.", {"Azure Event Hubs"}),
    ("azure-sql", REQ, "Experience with Azure SQL Database.", {"Azure SQL", "Microsoft Azure"}),
    ("adls", REQ, "Experience with ADLS Gen2.", {"Azure Data Lake"}),
    (
        "key-vault",
        RESP,
        "Store secrets in Azure Key Vault.",
        {"Azure Key Vault", "Microsoft Azure"},
    ),
    (
        "entra",
        REQ,
        "Experience with Entra ID (formerly Azure AD).",
        {"Microsoft Entra ID", "Microsoft Azure"},
    ),
    (
        "azure-monitor",
        RESP,
        "Set up Azure Monitor and Application Insights.",
        {"Azure Monitor", "Microsoft Azure"},
    ),
    ("bicep", REQ, "Experience with Bicep or ARM templates.", {"Bicep"}),
    (
        "azure-databricks",
        REQ,
        "Experience with Azure Databricks.",
        {"Microsoft Azure", "Databricks"},
    ),
    ("gcp", REQ, "Experience with GCP.", {"Google Cloud Platform"}),
    ("gcp-long", REQ, "You have built data products on Google Cloud.", {"Google Cloud Platform"}),
    ("gke", REQ, "Experience with GKE.", {"Google Kubernetes Engine"}),
    (
        "cloud-run",
        RESP,
        "Deploy services to Cloud Run and Cloud Functions.",
        {"Google Cloud Run", "Google Cloud Functions"},
    ),
    (
        "cloud-storage",
        REQ,
        "Experience with GCS and BigQuery.",
        {"Google Cloud Storage", "Google BigQuery"},
    ),
    ("dataproc", REQ, "Experience with Dataproc.", {"Google Cloud Dataproc"}),
    ("composer", REQ, "Experience with Cloud Composer.", {"Google Cloud Composer"}),
    (
        "cloud-sql",
        REQ,
        "Experience with Cloud SQL or Spanner.",
        {"Google Cloud SQL", "Google Cloud Spanner"},
    ),
    (
        "bigtable",
        REQ,
        "Experience with Bigtable or Firestore.",
        {"Google Bigtable", "Cloud Firestore"},
    ),
    ("cloud-build", RESP, "Maintain our Cloud Build pipelines.", {"Google Cloud Build"}),
    (
        "multi-cloud",
        REQ,
        "Experience with at least one of AWS, Azure or GCP.",
        {"Amazon Web Services", "Microsoft Azure", "Google Cloud Platform"},
    ),
    ("serverless", REQ, "Experience designing serverless architectures.", {"serverless computing"}),
    ("cloudflare", REQ, "Experience with Cloudflare Workers.", {"Cloudflare"}),
]

DEVOPS: list[Probe] = [
    ("terraform", REQ, "Strong Terraform skills.", {"Terraform"}),
    (
        "iac",
        REQ,
        "Experience with infrastructure as code (Terraform or Pulumi).",
        {"infrastructure as code", "Terraform", "Pulumi"},
    ),
    ("iac-abbrev", REQ, "Experience with IaC.", {"infrastructure as code"}),
    ("terragrunt", REQ, "Experience with Terraform and Terragrunt.", {"Terraform", "Terragrunt"}),
    (
        "ansible",
        REQ,
        "Experience with configuration management tools like Ansible.",
        {"configuration management", "Ansible"},
    ),
    ("chef-puppet", REQ, "Experience with Chef or Puppet.", {"Chef", "Puppet"}),
    ("k8s", REQ, "Production experience with k8s.", {"Kubernetes"}),
    (
        "k8s-helm",
        RESP,
        "Write and maintain Helm charts for our Kubernetes clusters.",
        {"Kubernetes", "Helm"},
    ),
    ("kustomize", REQ, "Familiarity with Helm or Kustomize.", {"Helm", "Kustomize"}),
    ("docker", REQ, "Comfortable with Docker.", {"Docker"}),
    ("containerised", RESP, "Build and run containerised services.", {"containerization"}),
    ("docker-compose", REQ, "Experience with Docker Compose for local development.", {"Docker"}),
    ("gha", RESP, "Maintain CI workflows in GitHub Actions.", {"CI/CD", "GitHub Actions"}),
    ("gitlab-ci", REQ, "Experience with GitLab CI/CD.", {"GitLab CI"}),
    ("cicd", REQ, "You have built CI/CD pipelines from scratch.", {"CI/CD"}),
    (
        "cicd-tools",
        REQ,
        "Experience with Jenkins, CircleCI or Azure Pipelines.",
        {"Jenkins", "CircleCI", "Azure Pipelines", "Microsoft Azure"},
    ),
    ("cont-deploy", RESP, "Help us move to continuous deployment.", {"CI/CD"}),
    (
        "argocd",
        REQ,
        "Experience with GitOps tools such as Argo CD or Flux.",
        {"GitOps", "Argo CD", "Flux"},
    ),
    ("prom-graf", REQ, "Experience with Prometheus and Grafana.", {"Prometheus", "Grafana"}),
    ("datadog", REQ, "Experience with Datadog or New Relic.", {"Datadog", "New Relic"}),
    ("otel", RESP, "Instrument services with OpenTelemetry.", {"OpenTelemetry"}),
    ("splunk-elk", REQ, "Experience with Splunk or the ELK stack.", {"Splunk", "ELK Stack"}),
    ("loki", REQ, "Experience with Grafana Loki.", {"Grafana Loki"}),
    (
        "pagerduty",
        RESP,
        "Join the on-call rota, using PagerDuty.",
        {"incident management", "PagerDuty"},
    ),
    ("sentry", REQ, "Experience with Sentry for error tracking.", {"Sentry"}),
    ("observability", REQ, "A strong grasp of observability.", {"monitoring"}),
    (
        "incident",
        RESP,
        "Lead incident response and write blameless postmortems.",
        {"incident management"},
    ),
    ("sre", REQ, "Background in site reliability engineering.", {"site reliability engineering"}),
    (
        "slos",
        RESP,
        "Define SLOs and error budgets with product teams.",
        {"service level agreements"},
    ),
    (
        "linux-admin",
        REQ,
        "Strong Linux system administration skills.",
        {"Linux system administration"},
    ),
    (
        "networking",
        REQ,
        "Good understanding of networking (TCP/IP, DNS).",
        {"networking", "TCP/IP", "DNS"},
    ),
    ("nginx", REQ, "Experience configuring NGINX.", {"NGINX"}),
    (
        "istio",
        REQ,
        "Experience with a service mesh such as Istio or Linkerd.",
        {"service mesh", "Istio", "Linkerd"},
    ),
    ("vault", REQ, "Experience with HashiCorp Vault.", {"HashiCorp Vault"}),
    ("packer", RESP, "Build machine images with Packer.", {"Packer"}),
    ("git", REQ, "Confident with Git.", {"Git"}),
    ("version-control", REQ, "Experience using version control.", {"version control"}),
    ("github-gitlab", REQ, "Experience with GitHub or GitLab.", {"GitHub", "GitLab"}),
    ("bitbucket", REQ, "Experience with Bitbucket Pipelines.", {"Atlassian Bitbucket"}),
    ("jira-conf", REQ, "Experience with Jira and Confluence.", {"Jira", "Confluence"}),
    ("bazel", REQ, "Experience with Bazel.", {"Bazel"}),
    ("disaster-recovery", RESP, "Plan and rehearse disaster recovery.", {"disaster recovery"}),
    ("capacity", RESP, "Carry out capacity planning.", {"capacity planning"}),
    ("chaos", REQ, "Interest in chaos engineering.", {"chaos engineering"}),
    (
        "feature-flags",
        REQ,
        "Experience with feature flags (e.g. LaunchDarkly).",
        {"feature flags", "LaunchDarkly"},
    ),
    ("trunk", REQ, "Experience with trunk-based development.", {"trunk-based development"}),
    ("devops", REQ, "Experience with DevOps practices.", {"DevOps"}),
    (
        "load-balancing",
        REQ,
        "Understanding of load balancing and caching.",
        {"load balancing", "caching"},
    ),
    ("teamcity", REQ, "Experience with TeamCity or Buildkite.", {"TeamCity", "Buildkite"}),
    ("argo-wf", REQ, "Experience with Argo Workflows.", {"Argo Workflows"}),
    ("dynatrace", REQ, "Experience with Dynatrace.", {"Dynatrace"}),
    ("fluentd", RESP, "Ship logs with Fluentd.", {"Fluentd"}),
    ("podman", REQ, "Experience with Podman or Docker.", {"Podman", "Docker"}),
]

TESTING: list[Probe] = [
    ("unit-tests", RESP, "Write unit tests for everything you ship.", {"unit testing"}),
    (
        "unit-integ",
        REQ,
        "Experience with unit and integration testing.",
        {"unit testing", "integration testing"},
    ),
    ("tdd", REQ, "You practise TDD.", {"test-driven development"}),
    ("tdd-long", REQ, "Experience with test-driven development.", {"test-driven development"}),
    ("pytest", REQ, "Experience writing tests with pytest.", {"pytest", "automated testing"}),
    ("junit", REQ, "Experience with JUnit and Mockito.", {"JUnit", "Mockito"}),
    ("jest", REQ, "Experience with Jest or Vitest.", {"Jest", "Vitest"}),
    (
        "e2e",
        REQ,
        "Experience with end-to-end testing (Cypress or Playwright).",
        {"end-to-end testing", "Cypress", "Playwright"},
    ),
    ("selenium", REQ, "Experience automating browsers with Selenium.", {"Selenium"}),
    (
        "load",
        REQ,
        "Experience with load testing (k6, Locust or JMeter).",
        {"load testing", "Grafana k6", "Locust", "Apache JMeter"},
    ),
    ("perf", REQ, "Experience with performance testing.", {"performance testing"}),
    ("contract", REQ, "Experience with contract testing (Pact).", {"contract testing", "Pact"}),
    ("automated", REQ, "Experience with automated testing.", {"automated testing"}),
    ("test-automation", REQ, "Strong test automation skills.", {"automated testing"}),
    ("regression", RESP, "Run regression testing before each release.", {"regression testing"}),
    ("software-testing", REQ, "Experience with software testing.", {"quality assurance"}),
    ("rspec", REQ, "Experience with RSpec.", {"RSpec"}),
    ("bdd", REQ, "Experience with BDD (Cucumber).", {"behavior-driven development", "Cucumber"}),
    ("property", REQ, "Experience with property-based testing.", {"property-based testing"}),
    ("usability", RESP, "Run usability testing sessions with users.", {"usability testing"}),
    ("mocha", REQ, "Experience with Mocha.", {"Mocha"}),
    ("testng", REQ, "Experience with TestNG.", {"TestNG"}),
    ("postman", REQ, "Experience with Postman for API testing.", {"Postman", "API testing"}),
    ("code-review", RESP, "Take part in code reviews.", {"code review"}),
    ("pr-reviews", RESP, "Review pull requests from teammates.", {"code review"}),
    ("pair", REQ, "Enjoy pair programming.", {"pair programming"}),
    ("refactor", RESP, "Refactor legacy code safely.", {"refactoring"}),
    (
        "static-analysis",
        REQ,
        "Experience with static analysis tools like SonarQube.",
        {"static analysis", "SonarQube"},
    ),
    ("gatling", REQ, "Experience with Gatling.", {"Gatling"}),
]

SECURITY: list[Probe] = [
    ("infosec", REQ, "Sound knowledge of information security principles.", {"security"}),
    ("owasp", REQ, "Knowledge of the OWASP Top 10.", {"OWASP"}),
    ("threat-model", RESP, "Carry out threat modelling for new features.", {"threat modeling"}),
    ("pentest", REQ, "Experience with penetration testing.", {"penetration testing"}),
    ("vuln-mgmt", REQ, "Experience with vulnerability management.", {"vulnerability management"}),
    ("secrets", REQ, "Experience with secrets management.", {"secrets management"}),
    ("oauth", REQ, "Experience with OAuth 2.0 and OpenID Connect.", {"OAuth", "OpenID Connect"}),
    ("oidc", REQ, "Experience with OIDC and SAML.", {"OpenID Connect", "SAML"}),
    ("sso", REQ, "Experience integrating SSO.", {"single sign-on"}),
    ("jwt", REQ, "Experience with JWTs.", {"JSON Web Tokens"}),
    ("encryption", REQ, "Experience with encryption at rest and in transit.", {"encryption"}),
    ("tls", REQ, "Experience managing TLS certificates.", {"TLS"}),
    ("zero-trust", REQ, "Experience with zero trust architectures.", {"zero trust"}),
    ("devsecops", REQ, "Experience with DevSecOps.", {"DevSecOps"}),
    ("mfa", REQ, "Experience with multi-factor authentication.", {"multi-factor authentication"}),
    ("rbac", REQ, "Experience with RBAC.", {"access control"}),
    ("secure-coding", REQ, "Experience with secure coding practices.", {"security"}),
    ("appsec", REQ, "Experience with application security.", {"security"}),
    ("soc2", REQ, "Experience with SOC 2 audits.", {"SOC 2"}),
    ("iso27001", REQ, "Experience with ISO 27001.", {"ISO 27001"}),
    ("gdpr", REQ, "Working knowledge of GDPR.", {"GDPR"}),
    ("snyk", REQ, "Experience with Snyk or Dependabot.", {"Snyk", "Dependabot"}),
    ("trivy", RESP, "Scan container images with Trivy.", {"Trivy", "containerization"}),
    ("fedramp", REQ, "Experience with FedRAMP.", {"FedRAMP"}),
    ("fuzzing", REQ, "Experience with fuzzing.", {"fuzzing"}),
    ("cyber", REQ, "A background in cybersecurity.", {"security"}),
]

FRONTEND: list[Probe] = [
    ("react", REQ, "Experience with React.", {"React"}),
    (
        "react-ts",
        REQ,
        "You have built production apps in React and TypeScript.",
        {"React", "TypeScript"},
    ),
    ("reactjs", REQ, "Experience with ReactJS.", {"React"}),
    ("vue", REQ, "Experience with Vue 3.", {"Vue.js"}),
    ("angular", REQ, "Experience with Angular.", {"Angular"}),
    ("nextjs", REQ, "Experience with Next.js.", {"Next.js"}),
    ("svelte", REQ, "Experience with Svelte or SvelteKit.", {"Svelte", "SvelteKit"}),
    ("html-css", REQ, "Strong HTML and CSS skills.", {"HTML", "CSS"}),
    ("html5", REQ, "Experience with semantic HTML5 and CSS3.", {"HTML", "CSS"}),
    ("tailwind", REQ, "Experience with Tailwind.", {"Tailwind CSS"}),
    ("sass", REQ, "Experience with Sass.", {"Sass"}),
    ("redux", REQ, "Experience with Redux.", {"Redux"}),
    ("webpack", REQ, "Experience with Webpack or Vite.", {"Webpack", "Vite"}),
    ("a11y", REQ, "Experience building to accessibility standards (WCAG 2.2).", {"accessibility"}),
    ("responsive", REQ, "Experience with responsive design.", {"responsive design"}),
    ("govuk", REQ, "Experience with the GOV.UK Design System.", {"GOV.UK Design System"}),
    ("storybook", REQ, "Experience with Storybook.", {"Storybook"}),
    ("d3", REQ, "Experience with D3.", {"D3.js"}),
    ("react-native", REQ, "Experience with React Native.", {"React Native"}),
    ("flutter", REQ, "Experience with Flutter.", {"Flutter"}),
    ("jquery", REQ, "Experience with jQuery.", {"jQuery"}),
    ("figma", REQ, "Comfortable working from Figma designs.", {"Figma"}),
    ("material-ui", REQ, "Experience with Material UI.", {"Material UI"}),
    ("three-js", REQ, "Experience with Three.js.", {"Three.js"}),
    ("js", REQ, "Experience with JavaScript.", {"JavaScript"}),
    ("js-short", REQ, "Experience with modern JS (ES6+).", {"JavaScript"}),
]

RESEARCH: list[Probe] = [
    ("hpc", REQ, "Experience running jobs on HPC clusters.", {"high-performance computing"}),
    ("slurm", REQ, "Experience with Slurm.", {"Slurm"}),
    (
        "mpi",
        REQ,
        "Experience parallelising code with MPI and OpenMP.",
        {"MPI", "OpenMP", "parallel computing"},
    ),
    (
        "snakemake",
        REQ,
        "Experience with workflow managers such as Snakemake or Nextflow.",
        {"Snakemake", "Nextflow"},
    ),
    ("hdf5", REQ, "Experience with scientific data formats (HDF5, NetCDF).", {"HDF5", "NetCDF"}),
    ("conda", REQ, "Experience managing environments with Conda.", {"Conda"}),
    ("repro", REQ, "Commitment to reproducible research.", {"reproducible research"}),
    ("fortran", REQ, "Experience with Fortran.", {"FORTRAN"}),
    ("git-hpc", RESP, "Use Git for version control of research code.", {"Git", "version control"}),
    ("research-cpp", REQ, "Experience with C++ and Python.", {"C++", "Python"}),
]

METHODS: list[Probe] = [
    ("agile", REQ, "Experience working in an Agile team.", {"Agile"}),
    ("scrum-team", REQ, "Experience working in a Scrum team using Jira.", {"Scrum", "Jira"}),
    # a named team (after "the") is who the hire joins, not a skill
    ("agile-the-team", RESP, "You will join the Agile team in Leeds.", set()),
    ("scrum", REQ, "Experience with Scrum or Kanban.", {"Scrum", "Kanban"}),
    ("system-design", REQ, "Strong system design skills.", {"system design"}),
    ("distributed", REQ, "Experience building distributed systems.", {"distributed systems"}),
    ("microservices", REQ, "Experience with a microservices architecture.", {"microservices"}),
    ("api-design", REQ, "Experience with API design.", {"API design"}),
    ("rest", REQ, "Experience with RESTful APIs.", {"REST APIs"}),
    ("openapi", REQ, "Experience with OpenAPI/Swagger.", {"OpenAPI"}),
    ("docs", RESP, "Write clear technical documentation.", {"documentation"}),
    ("troubleshoot", RESP, "Troubleshoot production issues.", {"troubleshooting"}),
    ("debugging", REQ, "Strong debugging skills.", {"troubleshooting"}),
    ("monitoring", RESP, "Set up monitoring and alerting.", {"monitoring"}),
    ("iac-method", RESP, "Manage infrastructure as code.", {"infrastructure as code"}),
    ("cont-delivery", REQ, "Experience with continuous delivery.", {"CI/CD"}),
    ("cont-integration", REQ, "Experience with continuous integration.", {"CI/CD"}),
    ("ml-method", REQ, "Experience with machine learning.", {"machine learning"}),
    ("predictive", REQ, "Experience with predictive modelling.", {"predictive modeling"}),
    ("data-viz", REQ, "Experience with data visualization.", {"data visualization"}),
    ("concurrency", REQ, "Experience with concurrency.", {"concurrency"}),
    ("perf-tuning", RESP, "Carry out performance tuning.", {"performance tuning"}),
    ("backend-dev", REQ, "Experience with back-end development.", {"back-end development"}),
    ("frontend-dev", REQ, "Experience with front-end development.", {"front-end development"}),
    ("software-eng", REQ, "Experience with software engineering.", {"software engineering"}),
    ("json-yaml", REQ, "Experience with JSON and YAML.", {"JSON", "YAML"}),
    ("user-research", RESP, "Plan and run user research.", {"research"}),
    ("query-opt", REQ, "Experience with query optimization.", {"query optimization"}),
    ("db-mgmt", REQ, "Experience with database management.", {"database management"}),
    ("rdbms", REQ, "Experience with an RDBMS.", {"relational databases"}),
]

NEGATIVES: list[Probe] = [
    ("spark-curiosity", REQ, "A spark of curiosity and a love of learning.", set()),
    ("excel-at", REQ, "Excel at communicating with people outside your field.", set()),
    ("excel-in", REQ, "Excel in a fast-paced environment with shifting priorities.", set()),
    (
        "excel-who",
        REQ,
        "Analysts who excel with SQL and Python get more autonomy.",
        {"SQL", "Python"},
    ),
    ("excel-lower-verb", REQ, "You will excel in ambiguous settings.", set()),
    ("go-to", REQ, "Be the go-to person for questions about our services.", set()),
    ("pipeline-hiring", RESP, "Take ownership of the pipeline of hiring for your team.", set()),
    ("pipeline-leaders", RESP, "Help us build a pipeline of future leaders.", set()),
    ("go-beyond", REQ, "Go above and beyond for the people we serve.", set()),
    ("go-to-market", RESP, "Support the go-to-market team with weekly figures.", set()),
    ("jenkins-person", RESP, "You will report to Sarah Jenkins, our Head of Operations.", set()),
    ("ruby-person", RESP, "Work closely with Ruby, our lead designer.", set()),
    ("julia-person", RESP, "Your line manager, Julia, will support your development.", set()),
    ("helm-lower", RESP, "Take the helm of our quarterly planning.", set()),
    ("swift-responses", RESP, "Swift responses to enquiries from families.", set()),
    ("spark-new-ideas", RESP, "Spark new ideas at our fortnightly show-and-tells.", set()),
    ("glue-teams", RESP, "Be the glue between the service and policy teams.", set()),
    ("dash-humour", REQ, "A calm head and a dash of humour.", set()),
    ("rust-belt", RESP, "Visit partner sites across the Rust Belt each quarter.", set()),
    ("chef-kitchen", RESP, "Support the head chef in planning the community kitchen menu.", set()),
    ("puppet-show", RESP, "Help run the puppet show at our summer family day.", set()),
    ("airflow-vent", RESP, "Check airflow and temperature in the cold store each morning.", set()),
    ("lambda-house", RESP, "Represent us at the Lambda House youth club meetings.", set()),
    ("snowflake-winter", RESP, "Grit paths when snowflakes start to settle in winter.", set()),
    ("docker-dock", RESP, "Liaise with the docker crews at the port each morning.", set()),
    ("hive-bees", RESP, "Tend the bee hive on our community garden roof.", set()),
    ("pandas-zoo", RESP, "Guide school groups round the red pandas enclosure.", set()),
    ("ray-person", RESP, "Shadow Ray, our senior caseworker, for your first month.", set()),
    ("grow-career", REQ, "A wish to grow your career in a supportive team.", set()),
    ("bias-action", REQ, "A bias for action and a growth mindset.", set()),
    ("ambiguity", REQ, "Comfortable with ambiguity and change.", set()),
    ("sounding-board", RESP, "Be a sounding board for junior colleagues.", set()),
    ("lights-on", RESP, "Keep the lights on while we modernise our services.", set()),
    ("hub-office", REQ, "Able to work two days a week from our Bradford hub.", set()),
    ("salary", REQ, "Salary from 45,000 to 52,000 a year, with a pension.", set()),
    ("travel", REQ, "Occasional travel to partner sites across Yorkshire.", set()),
    ("extra-mile", REQ, "Willing to go the extra mile when a family needs it.", set()),
    ("roll-sleeves", REQ, "Happy to roll up your sleeves and muck in.", set()),
    ("storm-season", RESP, "Coordinate volunteers through the storm season.", set()),
    ("beacon-hope", RESP, "Be a beacon of calm for families in crisis.", set()),
    ("flask-coffee", REQ, "Bring a flask of coffee to the early site visits.", set()),
    ("drive-licence", REQ, "A full UK driving licence and access to a car.", set()),
    # Names added in the thirteenth audit, in their other meanings beside real technology.
    (
        "phoenix-city",
        REQ,
        "Able to work from our Phoenix, AZ office, where the team writes Python.",
        {"Python"},
    ),
    (
        "phoenix-university",
        REQ,
        "A degree in IT (University of Phoenix or similar) and working SQL.",
        {"SQL"},
    ),
    (
        "distillation-plant",
        REQ,
        "Experience of crude distillation units, with Python for process data.",
        {"Python"},
    ),
    ("mfa-degree", REQ, "An MFA in Graphic Design and a portfolio built in Figma.", {"Figma"}),
    (
        "bdd-clinical",
        REQ,
        "Experience supporting clients with OCD and BDD, with records kept in Excel.",
        {"Microsoft Excel"},
    ),
    (
        "flutter-atrial",
        REQ,
        "Experience monitoring atrial flutter; notes kept in Excel.",
        {"Microsoft Excel"},
    ),
    ("chroma-key", REQ, "Chroma key compositing in Adobe After Effects.", {"Adobe After Effects"}),
    (
        "decision-tree-calls",
        RESP,
        "Follow the support decision tree to triage customer calls in Salesforce.",
        {"Salesforce"},
    ),
    (
        "f-sharp-music",
        REQ,
        "Teach scales in F sharp major and F# minor; lessons are booked in Excel.",
        {"Microsoft Excel"},
    ),
    (
        "route-53-road",
        REQ,
        "Deliver along Route 53 with a handheld scanner and Excel route sheets.",
        {"Microsoft Excel"},
    ),
    (
        "msk-physio",
        REQ,
        "MSK physiotherapy experience, with caseload reports in Excel.",
        {"Microsoft Excel"},
    ),
    (
        "app-insights-phrase",
        RESP,
        "Turn customer application insights into Excel reports for sales.",
        {"Microsoft Excel"},
    ),
    ("ml-volume", RESP, "Prepare 10 ml doses and log them in Excel.", {"Microsoft Excel"}),
    ("anaconda-snake", RESP, "Plan the anaconda enclosure feeds in Excel.", {"Microsoft Excel"}),
]

# Probes the scanner still gets wrong, with the reason (strict: a fix must remove the mark).
KNOWN: dict[str, str] = {
    "docs": (
        "tests/resume/matching/test_practice_phrasings.py keeps this very duty a domain "
        "word (documentation is generic); the guide's named-discipline rule says otherwise"
    ),
    "data-cleaning": (
        "a verb paraphrase of a generic discipline ('Clean ... messy data') stays an other keyword"
    ),
    "llm-eval": "a paraphrase ('evaluation suites for LLM applications'): no taxonomy spelling",
    "model-monitoring": (
        "a verb paraphrase of model monitoring ('Monitor production models for drift')"
    ),
    "embeddings": (
        "no semantic search entry: a tune posting names it in a paragraph on what the "
        "programme might build, and an entry cost precision there"
    ),
    "metaflow": "'ML pipeline tools' in front of a tool list gives MLOps (a category word)",
    "pagerduty": (
        "incident management is generic (vocabulary.GENERIC); a tune posting's on-call "
        "and incident response duty is labelled a domain word"
    ),
    "incident": (
        "incident management is generic (vocabulary.GENERIC); a tune posting's on-call "
        "and incident response duty is labelled a domain word"
    ),
    "fedramp": (
        "bare FedRAMP mostly names the GSA programme in tune postings: only FedRAMP "
        "authorisation or compliance is matched"
    ),
    "cyber": "'cybersecurity' reads as the field a posting works in, as the tune labels read it",
    "troubleshoot": "troubleshooting in a duty stays generic; only a requirement asks for it",
    "debugging": "'debugging' stays generic (vocabulary.ASKED_DISCIPLINES, chosen on tune)",
    "monitoring": "monitoring in a duty stays generic (vocabulary.GENERIC)",
    "software-eng": (
        "asked 'software engineering' made a hard skill in five tune postings whose "
        "labels read it as a domain word"
    ),
}

# Found by a review of the sixth session's change: a role noun before a colon, the founders
# beside an ask to the candidate, designers read as design work, and "access" the verb.
REVIEW: list[Probe] = [
    (
        "engineers-colon-list",
        REQ,
        "What we need from engineers: DevOps practices, Terraform and Python",
        {"DevOps", "Terraform", "Python"},
    ),
    (
        "founders-then-candidate",
        REQ,
        "Our founders are engineers, so you will need strong Python and SQL",
        {"Python", "SQL"},
    ),
    ("founders-bring", REQ, "Our founders bring twenty years of Java and Kafka.", set()),
    ("designers-deliverable", RESP, "Work with designers to ship the monthly dashboards", set()),
    (
        "access-the-verb",
        RESP,
        "You will access databases through Looker and Python",
        {"Looker", "Python"},
    ),
    (
        "access-databases-named",
        RESP,
        "Build and maintain Access databases for the finance team",
        {"Microsoft Access"},
    ),
]

ALL = (
    REVIEW
    + LANGUAGES
    + DATA_STACK
    + ANALYTICS
    + ML_LLM
    + CLOUD
    + DEVOPS
    + TESTING
    + SECURITY
    + FRONTEND
    + RESEARCH
    + METHODS
    + NEGATIVES
)


def _params(probes: list[Probe]) -> list[pytest.ParameterSet]:
    return probe_params(probes, KNOWN)


def test_probe_ids_are_unique_and_known_failures_exist() -> None:
    ids = [p[0] for p in ALL]
    assert len(ids) == len(set(ids))
    assert set(KNOWN) <= set(ids)


@pytest.mark.parametrize(("heading", "text", "expected"), _params(ALL))
def test_posting_gives_exactly_the_labelled_hard_skills(
    heading: str, text: str, expected: set[str]
) -> None:
    assert hard_skills(posting(heading, text)) == expected
