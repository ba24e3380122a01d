"""Written resume/job pairs for the golden tests (original text, invented people)."""

from __future__ import annotations

TEACHER_RESUME = """Alex Kim
Aspiring Data Analyst | Excel, SQL, dashboards
Summary
Secondary maths teacher of eight years moving into data analysis.
Experience
Mathematics Teacher, Riverside Academy, Sep 2016 - Present
- Analysed student assessment data for 180 students each term in Excel with pivot tables
- Built a Google Sheets dashboard tracking attendance and grades for the department
- Ran a pilot program comparing two revision methods across four classes
- Led parent-teacher conferences and explained progress data to families
- Mentored new teachers and wrote the department's lesson plans
Projects
- SQL course project: queried a public library dataset to find borrowing trends
Education
BSc Mathematics, University of Leeds, 2015
Skills
Excel, Google Sheets, SQL (basic), presentation
"""

ANALYST_JOB = """Data Analyst
About us
We help independent shops understand their customers.
Responsibilities
- Build and maintain dashboards in Tableau for the commercial team.
- Write SQL to answer business questions and report KPIs to stakeholders.
- Design and analyse A/B tests on the website.
Requirements
- 2+ years of experience with SQL and Excel.
- Experience with Python for data analysis.
- Excellent communication skills and attention to detail.
- Bachelor's degree in a quantitative field.
Nice to have
- Experience with Looker or Power BI.
"""

FINANCE_RESUME = """Priya Shah
Financial Analyst moving into data science
Experience
Senior Financial Analyst, Harbour Bank, Jan 2018 - Present
- Built Excel models forecasting quarterly revenue for 40 branches
- Automated monthly management reporting with SQL and VBA macros
- Built a credit risk model with logistic regression in Python (pandas, statsmodels)
- Presented variance analysis to senior stakeholders every month
Education
MSc Finance, 2017
Skills
Python, pandas, SQL, Excel, VBA, regression
"""

SCIENTIST_JOB = """Data Scientist
Responsibilities
- Develop machine learning models for demand and churn.
- Run time-series forecasting for inventory planning.
- Deploy models with Docker and monitor them in production.
Requirements
- Strong Python and SQL.
- Experience with scikit-learn and statistics.
- Master's degree or PhD in a quantitative field.
- Communicate results to stakeholders.
Preferred
- Experience with PyTorch or TensorFlow.
- Experience with Apache Spark.
"""

OPS_RESUME = """Sam Torres
Operations Manager
Experience
Operations Manager, Quickship Logistics, 2015 - 2024
- Managed a warehouse team of 25 and cut order cycle time from 5 to 3 days with lean six sigma
- Wrote SOPs and runbooks for the night shift
- Owned the daily KPI dashboard in Excel for throughput and on-time delivery
- Led the ERP system rollout and migrated 40,000 product records
- Wrote Python scripts to automate stock reports
Education
BA Business Administration, 2014
"""

ENGINEER_JOB = """Data Engineer
Responsibilities
- Build and operate ETL pipelines with Apache Airflow and dbt.
- Model data in the warehouse (Snowflake) for analytics.
- Monitor data quality and fix broken pipelines.
Requirements
- Python and SQL.
- Experience with data modeling and data warehousing.
- Experience with AWS and Docker.
- Good documentation habits and stakeholder management.
Nice to have
- Apache Kafka and stream processing.
- CI/CD with GitHub Actions.
"""
