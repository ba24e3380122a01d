"""Whole postings, written in the shapes real employers use, whose sections that ask for
nothing name skills anyway: only the sections that ask make hard-skill keywords, at the
level they ask (jobs/headings.py, jobs/company.py, jobs/asking.py, report/scoring.py).

Each probe is a short posting: a title and two to six sections in one house style - US
federal (Duties, Specialized Experience, Conditions of Employment, How You Will Be
Evaluated, Required Documents), UK civil service, NHS and universities (Person
specification, Essential and Desirable criteria, Behaviours, About the team, Things you need
to know), EU research institutes (Your tasks, Your profile, We offer), non-profits, startups
and scale-ups (Who we are, Perks, Why join us, Our values, Interview process, Salary and
benefits) and markdown job posts kept in code repositories. The sections that ask nothing
name skills the way postings do: the product and what customers do with it, the company's
open-source projects, investors, talks, blogs and podcasts, people's bios, other teams'
tools, learning budgets and conference tickets, the interview (a take-home in a language is
how the company tests, not what it asks), the tools of applying, diversity, equal
opportunity, visa and salary text; the last group puts such text where no heading marks it
(an opening blurb, a paragraph after the last list, "Perks:" inside a line).

`expected` maps every hard skill the labelling guide of bench/data/ats/README.md makes a
keyword to its level: "required" (requirements, essential criteria, specialized experience,
duties written for the role) or "preferred" (desirable, nice to have, bonus, a plus, and
what a role summary says the hire will work on). The labels were written before the
scanner read the postings.
"""

from __future__ import annotations

import pytest

from pivotprep.resume.documents.reading import read_job
from pivotprep.resume.jobs.asking import sentence_reason
from pivotprep.resume.jobs.headings import job_heading
from pivotprep.resume.jobs.job_text import parse_job
from pivotprep.resume.report.scoring import ResumeText, scan
from pivotprep.resume.service import job_input
from tests.resume.probes import probe_params

RESUME = "Sam Lee\nData Engineer\nExperience\n- Built Airflow DAGs in Python and SQL\n"
REQ = "required"
PREF = "preferred"


def job(title: str, *sections: tuple[str, str]) -> str:
    """A posting: its title, then each section's heading and body."""
    parts = [title]
    for heading, body in sections:
        parts.append(heading)
        parts.append(body.strip("\n"))
    return "\n".join(parts) + "\n"


def levels(job_text: str) -> dict[str, str]:
    """Each hard skill the scan takes from the posting, with "preferred" or "required"."""
    report = scan(ResumeText.from_text(RESUME), job_input(read_job(job_text)))
    out: dict[str, str] = {}
    for keyword in report.keywords:
        if keyword.kind != "hard_skills":
            continue
        level = PREF if keyword.part == "preferred" else REQ
        for name in keyword.alternatives or [keyword.name]:
            out[name] = level
    return out


_USAJOBS_CONDITIONS = (
    "Conditions of Employment",
    "- U.S. citizenship is required.\n- You must pass a background investigation.\n"
    "- Selective Service registration is required for males born after 1959.",
)
_USAJOBS_DOCS = (
    "Required Documents",
    "A resume showing your work schedule, hours per week and dates of employment. If you are "
    "a current federal employee, submit your most recent SF-50. Go to My USAJOBS to check "
    "the status of your application.",
)

# (id, posting, expected)
FEDERAL: list[tuple[str, str, dict[str, str]]] = [
    (
        "fed-agency-mission-mentions-cloud-tools",
        job(
            "IT Specialist (APPSW)",
            (
                "Summary",
                "The Office of the Chief Information Officer moved 300 legacy systems "
                "to Amazon Web Services and Microsoft Azure between 2019 and 2023, and now runs "
                "one of the largest Salesforce estates in government.",
            ),
            (
                "Duties",
                "- Develop and maintain claims software written in Java.\n"
                "- Write and tune SQL queries against agency databases.",
            ),
            (
                "Specialized Experience",
                "One year of specialized experience equivalent to the "
                "GS-12 level, which includes developing applications in Java and using Git for "
                "version control.",
            ),
            _USAJOBS_CONDITIONS,
        ),
        {"Java": REQ, "SQL": REQ, "Git": REQ, "version control": REQ},
    ),
    (
        "fed-required-documents-only",
        job(
            "Data Scientist",
            (
                "Duties",
                "- Estimate program outcomes in R or Python.\n- Brief senior leaders on findings.",
            ),
            (
                "Specialized Experience",
                "Experience applying machine learning methods to administrative data.",
            ),
            _USAJOBS_DOCS,
        ),
        {"R": REQ, "Python": REQ, "machine learning": REQ},
    ),
    (
        "fed-how-evaluated-names-tools",
        job(
            "Management and Program Analyst",
            (
                "Duties",
                "- Analyze program data using Microsoft Excel and prepare reports.\n"
                "- Coordinate reviews with regional offices.",
            ),
            (
                "How You Will Be Evaluated",
                "You will be evaluated for this job based on how "
                "well you meet the qualifications above. Your answers to the occupational "
                "questionnaire will be verified against your resume; the questionnaire is hosted "
                "on USA Hire and is not a test of Excel or Tableau.",
            ),
        ),
        {"Microsoft Excel": REQ},
    ),
    (
        "fed-legal-citation-r",
        job(
            "Supervisory IT Specialist (INFOSEC)",
            (
                "Summary",
                "This position is filled under Schedule A, 5 CFR 213.3102(r). The "
                "appointment may be extended under 5 U.S.C. 3132.",
            ),
            (
                "Specialized Experience",
                "Experience with information security controls for "
                "systems hosted on Amazon Web Services, and with Splunk for security "
                "monitoring.",
            ),
            _USAJOBS_CONDITIONS,
        ),
        {"security": REQ, "Amazon Web Services": REQ, "Splunk": REQ},
    ),
    (
        "fed-agency-blurb-digital-service",
        job(
            "Digital Services Expert",
            (
                "About the Agency",
                "The U.S. Digital Service pairs technologists with civil "
                "servants. Our teams rebuilt a benefits portal in React and Ruby on Rails and "
                "cut its load time in half.",
            ),
            (
                "Duties",
                "- Advise agency leaders on vendor contracts.\n- Pair with agency engineers "
                "on Python services.",
            ),
            (
                "Qualifications",
                "- Experience building and operating production services on "
                "Amazon Web Services.\n- Experience with infrastructure as code, such as "
                "Terraform.",
            ),
        ),
        {
            "Python": REQ,
            "Amazon Web Services": REQ,
            "infrastructure as code": REQ,
            "Terraform": REQ,
        },
    ),
    (
        "fed-benefits-thrift-savings",
        job(
            "Statistician (Data Science)",
            (
                "Duties",
                "- Analyze census responses with SAS.\n- Document methods for other statisticians.",
            ),
            (
                "Benefits",
                "A career with the federal government includes the Thrift Savings "
                "Plan, health insurance and paid training. Many staff earn certificates in "
                "Python and Tableau through our online learning portal.",
            ),
            (
                "Qualifications",
                "Knowledge of statistics and sampling theory. Experience with R is a plus.",
            ),
        ),
        {"SAS": REQ, "statistics": REQ, "R": PREF},
    ),
    (
        "fed-telework-tools",
        job(
            "IT Specialist (SYSADMIN)",
            (
                "Duties",
                "- Administer Linux servers in two data centers.\n- Automate patching "
                "with Ansible.",
            ),
            (
                "Telework Eligibility",
                "This position is telework eligible. Teleworkers use "
                "Microsoft Teams, Zoom and a government laptop.",
            ),
            _USAJOBS_CONDITIONS,
        ),
        {"Linux system administration": REQ, "Ansible": REQ},
    ),
    (
        "fed-other-office-stack",
        job(
            "Geographer",
            (
                "Summary",
                "The Census Bureau's Geography Division maintains the address "
                "frame. Its sister office, the Decennial IT Division, builds systems in Java and "
                "Oracle Database.",
            ),
            (
                "Duties",
                "- Produce maps with ESRI ArcGIS.\n- Edit boundary data in a PostGIS database.",
            ),
            ("Specialized Experience", "Experience with geospatial analysis using ArcGIS or QGIS."),
        ),
        {"ESRI ArcGIS": REQ, "PostGIS": REQ, "geospatial analysis": REQ, "QGIS": REQ},
    ),
    (
        "fed-go-to-usajobs",
        job(
            "Computer Scientist",
            (
                "Specialized Experience",
                "Experience designing software in C++ for scientific instruments, and with CUDA.",
            ),
            (
                "How to Apply",
                "Go to USAJOBS, click Apply, and follow the prompts. Go through "
                "each question carefully; you may return to your application before the "
                "closing date.",
            ),
        ),
        {"C++": REQ, "CUDA": REQ},
    ),
    (
        "fed-eeo-reasonable-accommodation",
        job(
            "Operations Research Analyst",
            (
                "Duties",
                "- Build models of staffing needs in Python.\n- Present results to "
                "program managers.",
            ),
            (
                "Equal Employment Opportunity",
                "The United States Government does not "
                "discriminate in employment on the basis of race, color, religion, sex, "
                "national origin, political affiliation, sexual orientation, or disability. "
                "Requests for reasonable accommodation can be sent through Salesforce case "
                "forms or by email.",
            ),
        ),
        {"Python": REQ},
    ),
    (
        "fed-education-substitution",
        job(
            "Mathematical Statistician",
            (
                "Education",
                "A degree in a quantitative field. Courses in SAS or SPSS programming may "
                "count toward it.",
            ),
            (
                "Specialized Experience",
                "Experience estimating variance for complex samples using R.",
            ),
        ),
        {"R": REQ},
    ),
    (
        "fed-additional-info-relocation",
        job(
            "IT Specialist (DATAMGT)",
            ("Duties", "- Design data models for enterprise reporting.\n- Build ETL pipelines."),
            (
                "Additional Information",
                "Relocation expenses will not be paid. This agency "
                "participates in E-Verify. Bargaining unit positions are covered by the union "
                "contract. The office runs its help desk on ServiceNow and Jira.",
            ),
            (
                "Qualifications",
                "Experience with relational databases such as Microsoft SQL "
                "Server or Oracle Database.",
            ),
        ),
        {
            "data modeling": REQ,
            "ETL": REQ,
            "relational databases": REQ,
            "Microsoft SQL Server": REQ,
            "Oracle Database": REQ,
        },
    ),
    (
        "fed-program-history-podcast",
        job(
            "Software Engineer (Fellow)",
            (
                "About the Program",
                "Since 2014 our fellows have shipped open-source tools "
                "in Python and Go. Listen to our podcast, Gov Code Hour, where alumni talk about "
                "Kubernetes and Rust.",
            ),
            (
                "Qualifications",
                "- Experience with TypeScript and React.\n- Experience writing automated tests.",
            ),
        ),
        {"TypeScript": REQ, "React": REQ, "automated testing": REQ},
    ),
    (
        "fed-security-clearance",
        job(
            "Cyber Security Analyst",
            (
                "Security Clearance",
                "Top Secret/SCI. Candidates must be able to obtain and "
                "maintain the clearance; the adjudication system is not a reason to know "
                "Python or PowerShell.",
            ),
            (
                "Specialized Experience",
                "Experience analyzing intrusion alerts in Splunk and writing detection rules.",
            ),
        ),
        {"Splunk": REQ},
    ),
    (
        "fed-preferred-qualifications",
        job(
            "Data Analyst",
            ("Duties", "- Build reports in Tableau for program offices.\n- Clean data with SQL."),
            ("Preferred Qualifications", "Experience with Python or R."),
            _USAJOBS_DOCS,
        ),
        {"Tableau": REQ, "SQL": REQ, "Python": PREF, "R": PREF},
    ),
    (
        "fed-this-job-is-open-to",
        job(
            "IT Specialist (NETWORK)",
            (
                "This job is open to",
                "Federal employees, veterans and individuals with "
                "disabilities. Graduates of the Cisco Networking Academy or AWS re/Start are "
                "encouraged to apply.",
            ),
            (
                "Specialized Experience",
                "Experience configuring network devices, and "
                "scripting network changes with Python.",
            ),
        ),
        {"Python": REQ},
    ),
    (
        "fed-clarification-from-agency",
        job(
            "Economist",
            (
                "Clarification from the agency",
                "The agency's earlier announcement for this "
                "job listed Stata; it was written for a different office.",
            ),
            ("Duties", "- Estimate econometric models in R.\n- Draft briefing papers."),
            ("Qualifications", "Experience with Stata is a plus."),
        ),
        {"R": REQ, "Stata": PREF},
    ),
    (
        "fed-next-steps-interview",
        job(
            "Software Developer",
            (
                "Duties",
                "- Maintain Java services that process claims.\n- Write unit tests with JUnit.",
            ),
            (
                "Next steps",
                "Qualified applicants may be invited to a structured interview. "
                "Some candidates will be asked to solve a short coding exercise in Python on "
                "HackerRank.",
            ),
        ),
        {"Java": REQ, "unit testing": REQ, "JUnit": REQ},
    ),
    (
        "fed-agency-awards",
        job(
            "Web Developer",
            (
                "Agency marketing statement",
                "Our Drupal sites won the 2022 Digital "
                "Government Award, and our WordPress blog reaches a million readers.",
            ),
            (
                "Duties",
                "- Build accessible pages with HTML and CSS.\n- Write JavaScript for "
                "interactive forms.",
            ),
        ),
        {"HTML": REQ, "CSS": REQ, "JavaScript": REQ},
    ),
    (
        "fed-training-provided",
        job(
            "Data Engineer",
            ("Specialized Experience", "Experience with Python and SQL."),
            (
                "Training",
                "New hires complete a 12-week academy. Past cohorts trained on "
                "Databricks, Snowflake and Apache Spark.",
            ),
        ),
        {"Python": REQ, "SQL": REQ},
    ),
]

_THINGS_TO_KNOW = (
    "Things you need to know",
    "Security: successful candidates must undergo a criminal record check and get baseline "
    "personnel security standard (BPSS) clearance. Nationality: this job is broadly open to "
    "UK, Irish and Commonwealth nationals. Working for the Civil Service: the Civil Service "
    "Code sets out the standards of behaviour expected of civil servants.",
)

UK: list[tuple[str, str, dict[str, str]]] = [
    (
        "uk-about-the-team-stack",
        job(
            "Data Engineer (Senior Executive Officer)",
            (
                "About the team",
                "The Data Science Campus was set up in 2017. Over the years "
                "the team has published work on Apache Spark, Kubernetes and natural language "
                "processing, and it maintains several R packages used across government.",
            ),
            ("Essential criteria", "- Experience with Python\n- Experience writing SQL"),
            ("Desirable criteria", "- Experience with Apache Airflow"),
            _THINGS_TO_KNOW,
        ),
        {"Python": REQ, "SQL": REQ, "Apache Airflow": PREF},
    ),
    (
        "uk-behaviours-only",
        job(
            "Performance Analyst (Higher Executive Officer)",
            (
                "Job description",
                "You will produce monthly performance packs for the "
                "directorate using Microsoft Excel and Microsoft Power BI.",
            ),
            (
                "Behaviours",
                "We'll assess you against these behaviours during the selection "
                "process: Communicating and Influencing, Working Together, Delivering at Pace.",
            ),
            (
                "Technical skills",
                "We'll assess you against these technical skills: experience of SQL.",
            ),
        ),
        {"Microsoft Excel": REQ, "Microsoft Power BI": REQ, "SQL": REQ},
    ),
    (
        "uk-person-spec-desirable",
        job(
            "Research Software Engineer, Grade 7",
            (
                "Person specification",
                "Essential:\n- Degree in a numerate subject or "
                "equivalent experience\n- Experience developing research software in Python or "
                "C++\n- Experience with Git\nDesirable:\n- Experience with high-performance "
                "computing\n- Knowledge of Fortran",
            ),
            (
                "About the University",
                "The university's Advanced Research Computing centre "
                "hosts a 40,000-core cluster and a GPU service used by researchers working in "
                "PyTorch and TensorFlow.",
            ),
        ),
        {
            "Python": REQ,
            "C++": REQ,
            "Git": REQ,
            "high-performance computing": PREF,
            "FORTRAN": PREF,
        },
    ),
    (
        "uk-nhs-trust-blurb",
        job(
            "Information Analyst, Band 6",
            (
                "About us",
                "Our trust serves 1.2 million people across four hospitals. Our "
                "digital team rolled out an electronic patient record in 2021 and now publishes "
                "its dashboards in Tableau for every ward.",
            ),
            ("Job purpose", "To produce analysis and reports that support operational managers."),
            (
                "Person specification",
                "Essential: advanced Microsoft Excel; experience writing "
                "SQL against Microsoft SQL Server. Desirable: experience with Python.",
            ),
        ),
        {"Microsoft Excel": REQ, "SQL": REQ, "Microsoft SQL Server": REQ, "Python": PREF},
    ),
    (
        "uk-nhs-benefits",
        job(
            "Data Scientist, Band 7",
            (
                "Main duties",
                "- Develop models in R that estimate bed demand\n"
                "- Share code with colleagues through GitHub",
            ),
            (
                "Benefits",
                "NHS pension, 27 days' annual leave rising with service, a "
                "cycle-to-work scheme and access to the NHS-R Community conference and the "
                "Python user group.",
            ),
        ),
        {"R": REQ, "GitHub": REQ},
    ),
    (
        "uk-things-you-need-to-know-only",
        job(
            "Software Developer (SEO)",
            (
                "Job description",
                "You will build and maintain services in C# and .NET for "
                "the agency's licensing system.",
            ),
            ("Essential criteria", "- Experience with C#\n- Experience with Microsoft Azure"),
            _THINGS_TO_KNOW,
        ),
        {"C#": REQ, ".NET": REQ, "Microsoft Azure": REQ},
    ),
    (
        "uk-security-clearance-section",
        job(
            "DevOps Engineer",
            (
                "Security clearance",
                "You will need SC clearance. Vetting is run by United "
                "Kingdom Security Vetting; you do not need to know Azure or AWS to start it.",
            ),
            (
                "Essential criteria",
                "- Experience with Terraform\n- Experience running Kubernetes in production",
            ),
            ("Desirable criteria", "- Experience with Helm"),
        ),
        {"Terraform": REQ, "Kubernetes": REQ, "Helm": PREF},
    ),
    (
        "uk-university-about-department",
        job(
            "Research Associate in Computational Biology",
            (
                "The Department",
                "The Department of Genetics is home to 400 staff. Its groups "
                "lead the development of widely used bioinformatics tools written in R and "
                "Perl, and host the national single-cell atlas.",
            ),
            (
                "Person specification",
                "Essential criteria:\n- PhD in a relevant subject\n"
                "- Experience programming in Python\n- Experience with Linux\n"
                "Desirable criteria:\n- Experience with Nextflow workflows\n- Experience with "
                "Slurm",
            ),
        ),
        {"Python": REQ, "Linux": REQ, "Nextflow": PREF, "Slurm": PREF},
    ),
    (
        "uk-university-salary-and-pension",
        job(
            "Data Manager, Grade 6",
            (
                "Salary",
                "£33,966 - £38,205 per annum, on the university's pay scale. USS pension scheme.",
            ),
            (
                "Role description",
                "You will manage trial data in REDCap and produce listings in Stata.",
            ),
            ("Essential criteria", "- Experience of clinical data management"),
        ),
        {"REDCap": REQ, "Stata": REQ, "data management": REQ},
    ),
    (
        "uk-how-to-apply-github",
        job(
            "Front-end Developer",
            (
                "Essential criteria",
                "- Experience building user interfaces with React\n- Experience with TypeScript",
            ),
            (
                "How to apply",
                "Apply online with a CV and a short statement. You may include "
                "a link to your GitHub or GitLab profile, but it is not assessed.",
            ),
        ),
        {"React": REQ, "TypeScript": REQ},
    ),
    (
        "uk-inclusion-statement",
        job(
            "Junior Data Analyst",
            (
                "Inclusion and accessibility",
                "We are a Disability Confident employer and "
                "partner with Code First Girls and the R-Ladies London chapter to reach more "
                "applicants.",
            ),
            ("Essential criteria", "- Experience with Microsoft Excel\n- Some experience of SQL"),
            ("Desirable criteria", "- Experience with Microsoft Power BI"),
        ),
        {"Microsoft Excel": REQ, "SQL": REQ, "Microsoft Power BI": PREF},
    ),
    (
        "uk-about-the-job-product",
        job(
            "Senior Developer",
            (
                "About the job",
                "GOV.UK Notify lets any public sector team send emails, text "
                "messages and letters. Teams use its API from Python, Java and .NET clients.",
            ),
            ("Essential criteria", "- Experience with Python\n- Experience with PostgreSQL"),
            ("Desirable criteria", "- Experience with Amazon Web Services"),
        ),
        {"Python": REQ, "PostgreSQL": REQ, "Amazon Web Services": PREF},
    ),
    (
        "uk-selection-process-test",
        job(
            "Statistical Officer",
            (
                "Essential criteria",
                "- An understanding of statistics\n- Experience using R or Python for analysis",
            ),
            (
                "Selection process details",
                "Sift is on the statement of suitability. "
                "Shortlisted candidates will sit a short exercise in Microsoft Excel and an "
                "interview.",
            ),
        ),
        {"statistics": REQ, "R": REQ, "Python": REQ},
    ),
    (
        "uk-civil-service-benefits",
        job(
            "Cloud Engineer",
            (
                "Benefits",
                "Alongside your salary of £45,000, HMRC contributes £12,000 towards "
                "you being a member of the Civil Service Defined Benefit Pension scheme. "
                "Learning and development: AWS and Microsoft Azure certifications funded.",
            ),
            (
                "Essential criteria",
                "- Experience with Google Cloud Platform\n- Experience with infrastructure as code",
            ),
        ),
        {"Google Cloud Platform": REQ, "infrastructure as code": REQ},
    ),
    (
        "uk-success-profiles-experience",
        job(
            "Data Architect",
            (
                "Experience",
                "You will need to demonstrate experience of designing data "
                "models for a data warehouse.",
            ),
            (
                "Strengths",
                "Strengths are the things we do regularly, do well and that "
                "motivate us. Your strengths will be assessed at interview.",
            ),
            (
                "About the directorate",
                "The directorate owns the Hadoop platform and the Cloudera licences.",
            ),
        ),
        {"data modeling": REQ, "data warehousing": REQ},
    ),
    (
        "uk-university-we-offer",
        job(
            "Postdoctoral Research Associate in Machine Learning",
            (
                "Duties",
                "Carry out research on reinforcement learning for robotics, "
                "implementing methods in PyTorch.",
            ),
            (
                "Person specification",
                "Essential: PhD in a relevant field;"
                " strong programming skills in Python. Desirable: experience with ROS.",
            ),
            (
                "What we offer",
                "Access to the Jean Golding Institute's training, including "
                "courses on Julia and Rust, and a generous conference budget.",
            ),
        ),
        {"reinforcement learning": REQ, "PyTorch": REQ, "Python": REQ, "ROS": PREF},
    ),
    (
        "uk-nhs-about-trust-values",
        job(
            "Clinical Systems Developer",
            (
                "Our values",
                "Compassion, respect, and excellence. Our informatics team "
                "was shortlisted for a HSJ award for its Power BI work.",
            ),
            (
                "Main responsibilities",
                "Develop interfaces between clinical systems using HL7 and FHIR.",
            ),
            (
                "Person specification",
                "Essential: experience with SQL. Desirable: experience with C#.",
            ),
        ),
        {"HL7": REQ, "FHIR": REQ, "SQL": REQ, "C#": PREF},
    ),
    (
        "uk-charity-funder",
        job(
            "Digital Officer",
            (
                "About us",
                "We are a national mental health charity funded by the National "
                "Lottery and the Salesforce Foundation.",
            ),
            (
                "What you'll be doing",
                "Maintain our website in WordPress and report on traffic using Google Analytics.",
            ),
            ("Essential", "Experience with HTML and CSS."),
        ),
        {"WordPress": REQ, "Google Analytics": REQ, "HTML": REQ, "CSS": REQ},
    ),
    (
        "uk-reasonable-adjustments",
        job(
            "Geospatial Analyst",
            (
                "Essential criteria",
                "- Experience with QGIS or ESRI ArcGIS\n- Experience with Python",
            ),
            (
                "Reasonable adjustments",
                "If a person with disabilities is put at a "
                "disadvantage compared to a non-disabled person, we have a duty to make "
                "reasonable changes. Screen readers such as JAWS and NVDA are supported on our "
                "application site.",
            ),
        ),
        {"QGIS": REQ, "ESRI ArcGIS": REQ, "Python": REQ},
    ),
    (
        "uk-apprenticeship-provider",
        job(
            "Data Analyst Apprentice",
            (
                "Training provider",
                "You will study for a Level 4 Data Analyst apprenticeship "
                "with our provider, covering Python, SQL and Tableau.",
            ),
            (
                "Essential criteria",
                "- GCSE maths and English at grade 4 or above\n- Some "
                "experience with Microsoft Excel",
            ),
        ),
        {"Microsoft Excel": REQ},
    ),
    (
        "uk-gds-blog",
        job(
            "Site Reliability Engineer",
            (
                "About the team",
                "You can read about our migration from Cloud Foundry to "
                "Amazon ECS on the GDS technology blog, and hear the team talk about Prometheus "
                "on the Government Digital Service podcast.",
            ),
            (
                "Essential criteria",
                "- Experience with Linux\n- Experience with Terraform\n"
                "- Experience with Go or Python",
            ),
        ),
        {"Linux": REQ, "Terraform": REQ, "Go": REQ, "Python": REQ},
    ),
]

EU: list[tuple[str, str, dict[str, str]]] = [
    (
        "eu-institute-about-us",
        job(
            "PhD Position in Computational Neuroscience",
            (
                "About us",
                "The institute is one of 84 institutes of the society. Our "
                "scientific computing group develops NEST and other simulators in C++ and "
                "Python, used by thousands of labs.",
            ),
            ("Your tasks", "- Build spiking network models\n- Analyse recordings with Python"),
            (
                "Your profile",
                "- Master's degree in a relevant field\n"
                "- Programming experience in Python\n- Knowledge of MATLAB is an advantage",
            ),
            (
                "We offer",
                "A three-year contract, a structured graduate programme and "
                "courses in high-performance computing.",
            ),
        ),
        {"Python": REQ, "MATLAB": PREF},
    ),
    (
        "eu-we-offer-only-tools",
        job(
            "Research Software Engineer",
            (
                "Your tasks",
                "- Develop and maintain our data pipeline in Python\n- Package "
                "software with Docker",
            ),
            ("Your profile", "- Experience with Python\n- Experience with Linux and Git"),
            (
                "We offer",
                "Flexible working hours, 30 days of holiday, a job ticket, and "
                "free courses on Kubernetes and Rust at our training centre.",
            ),
        ),
        {"Python": REQ, "Docker": REQ, "Linux": REQ, "Git": REQ},
    ),
    (
        "eu-university-equal-opportunity",
        job(
            "Postdoc in Climate Modelling",
            (
                "Your profile",
                "- PhD in meteorology or a related field\n- Experience with "
                "FORTRAN\n- Experience with Python",
            ),
            (
                "Equal opportunity",
                "The university aims to increase the share of women in "
                "science. Severely disabled applicants with equal qualifications are given "
                "preference. Our ERC-funded group publishes its Julia code openly.",
            ),
        ),
        {"FORTRAN": REQ, "Python": REQ},
    ),
    (
        "eu-the-group",
        job(
            "Bioinformatician",
            (
                "The group",
                "The Genome Biology Unit has pioneered single-cell methods. Its "
                "members wrote widely used Bioconductor packages in R and taught Snakemake "
                "courses at EMBL.",
            ),
            ("Your role", "You will process sequencing data on our cluster."),
            (
                "You have",
                "- Experience with Python\n- Experience with Linux and Bash\n"
                "- Experience with R would be a plus",
            ),
        ),
        {"Python": REQ, "Linux": REQ, "Bash": REQ, "R": PREF},
    ),
    (
        "eu-application-portal",
        job(
            "Data Steward",
            ("Your profile", "- Experience with research data management\n- Knowledge of SQL"),
            (
                "Application",
                "Please apply through our online portal with a CV, a "
                "motivation letter and two references. Documents in LaTeX or Word are both "
                "fine; please send PDF.",
            ),
        ),
        {"data management": REQ, "SQL": REQ},
    ),
    (
        "eu-what-we-offer-conference",
        job(
            "Machine Learning Scientist",
            (
                "Your tasks",
                "- Develop deep learning models for satellite imagery\n- Publish at leading venues",
            ),
            (
                "Your qualifications",
                "- PhD in a relevant field\n- Experience with computer vision\n"
                "- Strong PyTorch skills",
            ),
            (
                "What we offer",
                "Travel to NeurIPS and the PyData conference, a GPU cluster "
                "with 200 A100s, and German language courses.",
            ),
        ),
        {"deep learning": REQ, "computer vision": REQ, "PyTorch": REQ},
    ),
    (
        "eu-about-institute-funding",
        job(
            "Software Developer",
            (
                "About the institute",
                "The institute is funded by the federal ministry and "
                "the state. It hosts the national research data infrastructure and runs "
                "OpenStack for 30 partner universities.",
            ),
            (
                "Your profile",
                "- Experience with Java and Spring Boot\n- Experience with "
                "PostgreSQL\n- Desirable: experience with Kubernetes",
            ),
        ),
        {"Java": REQ, "Spring Boot": REQ, "PostgreSQL": REQ, "Kubernetes": PREF},
    ),
    (
        "eu-contact-and-links",
        job(
            "Data Engineer",
            ("Requirements", "- Experience with Apache Spark\n- Experience with Scala or Python"),
            (
                "Contact",
                "For questions contact Dr. Anna Berg. More about the group at "
                "https://example.org/groups/kafka-streams-lab and on our GitHub organisation.",
            ),
        ),
        {"Apache Spark": REQ, "Scala": REQ, "Python": REQ},
    ),
    (
        "eu-your-profile-advantage",
        job(
            "GIS Specialist",
            ("Your tasks", "Prepare land-use maps from remote sensing data."),
            (
                "Your profile",
                "- Experience with QGIS\n- Experience with PostGIS is an "
                "advantage\n- Python scripting skills are desirable",
            ),
            (
                "About the city",
                "The city administration runs its open data portal on CKAN "
                "and publishes maps built with Leaflet.",
            ),
        ),
        {"QGIS": REQ, "PostGIS": PREF, "Python": PREF},
    ),
    (
        "eu-diversity-charter",
        job(
            "Backend Developer",
            (
                "Your profile",
                "- Several years of experience with Go\n- Experience with gRPC and PostgreSQL",
            ),
            (
                "Diversity",
                "We have signed the Diversity Charter. Our engineers organise the "
                "local Rust meetup and the Women Who Go chapter.",
            ),
        ),
        {"Go": REQ, "gRPC": REQ, "PostgreSQL": REQ},
    ),
    (
        "eu-eu-funded-project",
        job(
            "Research Engineer",
            (
                "The project",
                "The Horizon Europe project brings together 14 partners to "
                "build a federated learning platform on Kubernetes.",
            ),
            ("Your tasks", "- Implement data connectors in Python\n- Support partner sites"),
            ("Your profile", "- Experience with Python\n- Experience with REST APIs"),
        ),
        {"Python": REQ, "REST APIs": REQ},
    ),
    (
        "eu-institute-startup-spinoff",
        job(
            "Scientific Programmer",
            (
                "About us",
                "Two spin-offs have grown out of the lab: one sells MATLAB "
                "toolboxes for MRI, the other a TensorFlow-based diagnosis tool.",
            ),
            ("Your profile", "- Strong C++ skills\n- Experience with CUDA or OpenMP"),
        ),
        {"C++": REQ, "CUDA": REQ, "OpenMP": REQ},
    ),
    (
        "eu-start-date-and-visa",
        job(
            "Data Scientist",
            (
                "Your profile",
                "- Experience with R and the tidyverse\n- Experience with Bayesian statistics",
            ),
            (
                "Start date and visa",
                "Start is flexible. We support non-EU applicants with "
                "the Blue Card process; our relocation partner runs a Python-based portal for "
                "documents.",
            ),
        ),
        {"R": REQ, "tidyverse": REQ, "Bayesian statistics": REQ},
    ),
    (
        "eu-supervisor-bio",
        job(
            "PhD Student in Programming Languages",
            (
                "Supervisor",
                "Prof. Lina Vos leads the group. She is a core developer of "
                "OCaml and co-authored the Haskell 2010 report.",
            ),
            (
                "Your profile",
                "- Master's degree in a relevant subject\n- Experience with a "
                "functional language such as Scala or Elixir",
            ),
        ),
        {"Scala": REQ, "Elixir": REQ},
    ),
]

NONPROFIT: list[tuple[str, str, dict[str, str]]] = [
    (
        "np-mission-and-programs",
        job(
            "Data Analyst",
            (
                "Our mission",
                "We help families out of poverty. Our programs teach young "
                "people Python and web development in twelve cities.",
            ),
            (
                "What you'll do",
                "- Build reports in Salesforce\n- Analyse survey data in Microsoft Excel",
            ),
            ("What you bring", "- Experience with SQL\n- Experience with Tableau is a plus"),
        ),
        {"Salesforce": REQ, "Microsoft Excel": REQ, "SQL": REQ, "Tableau": PREF},
    ),
    (
        "np-funders-list",
        job(
            "Software Engineer",
            (
                "Our supporters",
                "Our work is supported by the Sloan Foundation, the Chan "
                "Zuckerberg Initiative's Essential Open Source Software program and a grant "
                "from the Python Software Foundation.",
            ),
            ("Requirements", "- Experience with JavaScript and Node.js\n- Experience with MongoDB"),
        ),
        {"JavaScript": REQ, "Node.js": REQ, "MongoDB": REQ},
    ),
    (
        "np-open-source-projects",
        job(
            "Open Source Maintainer",
            (
                "Who we are",
                "We maintain pandas, NumPy and Jupyter's documentation "
                "tooling, used by millions of people.",
            ),
            (
                "Responsibilities",
                "- Triage issues and review pull requests\n- Improve "
                "continuous integration on GitHub Actions",
            ),
            ("Requirements", "- Strong Python\n- Experience maintaining a package used by others"),
        ),
        {"code review": REQ, "CI/CD": REQ, "GitHub Actions": REQ, "Python": REQ},
    ),
    (
        "np-volunteers",
        job(
            "Volunteer Coordinator (Technical)",
            (
                "About our volunteers",
                "More than 300 volunteers contribute each year, from "
                "Rails developers to data scientists who use R.",
            ),
            ("What you'll do", "Run our volunteer database in Airtable and plan events."),
            (
                "What we're looking for",
                "- Experience with Airtable or Microsoft Access\n"
                "- Experience with Salesforce is a plus",
            ),
        ),
        {"Airtable": REQ, "Microsoft Access": REQ, "Salesforce": PREF},
    ),
    (
        "np-impact-report",
        job(
            "Product Engineer",
            (
                "Our impact",
                "Last year our SMS service, built on Twilio and Django, reached "
                "two million tenants. Read our impact report.",
            ),
            ("You have", "- Experience with Ruby on Rails\n- Experience with PostgreSQL"),
            ("Bonus", "- Experience with React"),
        ),
        {"Ruby on Rails": REQ, "PostgreSQL": REQ, "React": PREF},
    ),
    (
        "np-benefits-learning",
        job(
            "Data Engineer",
            ("Requirements", "- Experience with dbt\n- Experience with Google BigQuery"),
            (
                "Benefits",
                "- Fully paid health insurance\n- $1,500 learning stipend, which "
                "staff have spent on Coursera courses in machine learning and Apache Spark\n"
                "- Four-day week in August",
            ),
        ),
        {"dbt": REQ, "Google BigQuery": REQ},
    ),
    (
        "np-partners",
        job(
            "Technical Program Manager",
            (
                "Our partners",
                "We partner with Microsoft, Google.org and Amazon Web Services "
                "to bring cloud credits to grassroots groups.",
            ),
            (
                "Requirements",
                "- Experience managing projects with Jira\n- Understanding of Agile delivery",
            ),
        ),
        {"project management": REQ, "Jira": REQ, "Agile": REQ},
    ),
    (
        "np-eeo-and-salary",
        job(
            "Full-Stack Developer",
            ("Requirements", "- Experience with Python and Django\n- Experience with JavaScript"),
            ("Salary", "$85,000 to $95,000, set by our published salary formula."),
            (
                "Equal opportunity",
                "We are an equal opportunity employer. People of color, "
                "women, LGBTQ+ people, and people with disabilities are strongly encouraged to "
                "apply, including graduates of bootcamps that teach React and Node.js.",
            ),
        ),
        {"Python": REQ, "Django": REQ, "JavaScript": REQ},
    ),
    (
        "np-staff-bios",
        job(
            "Research Analyst",
            (
                "Meet the team",
                "Maria, our director of research, spent ten years as an "
                "econometrician using Stata. Dev, our data lead, built our first pipelines in "
                "Apache Airflow.",
            ),
            ("Qualifications", "- Experience with R\n- Experience with survey data"),
        ),
        {"R": REQ},
    ),
    (
        "np-how-to-apply-form",
        job(
            "Communications and Web Associate",
            ("Qualifications", "- Experience with WordPress\n- Experience with HTML"),
            (
                "How to apply",
                "Fill out the Google Form linked below and attach a resume. "
                "We review applications in Airtable and schedule interviews with Calendly.",
            ),
        ),
        {"WordPress": REQ, "HTML": REQ},
    ),
    (
        "np-hybrid-office",
        job(
            "Database Administrator",
            (
                "Qualifications",
                "- Experience administering Microsoft SQL Server\n"
                "- Experience with PowerShell scripting is desirable",
            ),
            (
                "Location",
                "Hybrid, two days a week in our Baltimore office. Staff keep in "
                "touch over Slack and Zoom.",
            ),
        ),
        {"Microsoft SQL Server": REQ, "Microsoft PowerShell": PREF},
    ),
    (
        "np-about-data-program",
        job(
            "Data Program Associate",
            (
                "About the program",
                "Our Data Fellows program places analysts in county "
                "governments, where they build Power BI dashboards and Python scripts for "
                "caseworkers.",
            ),
            (
                "Requirements",
                "- Experience with Microsoft Excel\n- Experience with Microsoft Power BI",
            ),
        ),
        {"Microsoft Excel": REQ, "Microsoft Power BI": REQ},
    ),
]

STARTUP: list[tuple[str, str, dict[str, str]]] = [
    (
        "su-who-we-are-product",
        job(
            "Senior Backend Engineer",
            (
                "Who we are",
                "Kelpie is a Kubernetes-native platform for running batch jobs. "
                "Data teams at 400 companies use it to schedule Apache Spark and dbt runs.",
            ),
            (
                "What you'll need",
                "- 5+ years building services in Go\n- Experience with PostgreSQL",
            ),
            ("Nice to have", "- Experience with gRPC"),
        ),
        {"Go": REQ, "PostgreSQL": REQ, "gRPC": PREF},
    ),
    (
        "su-funding",
        job(
            "Machine Learning Engineer",
            (
                "About us",
                "We raised a $40M Series B led by Index Ventures, with angels "
                "from the teams behind PyTorch and Hugging Face.",
            ),
            ("Requirements", "- Experience training models with PyTorch\n- Experience with Python"),
        ),
        {"PyTorch": REQ, "Python": REQ},
    ),
    (
        "su-perks-conference",
        job(
            "Frontend Engineer",
            ("Requirements", "- Experience with React and TypeScript\n- Experience with CSS"),
            (
                "Perks",
                "- Free tickets to React Summit and PyCon\n- A yearly learning "
                "budget for books and courses on Rust or anything you like\n- A new laptop",
            ),
        ),
        {"React": REQ, "TypeScript": REQ, "CSS": REQ},
    ),
    (
        "su-interview-take-home",
        job(
            "Backend Engineer",
            ("Requirements", "- Experience with Ruby on Rails\n- Experience with PostgreSQL"),
            (
                "Interview process",
                "1. A 30-minute call with the hiring manager\n2. A "
                "take-home exercise in Python (or a language of your choice)\n3. A pairing "
                "session and a chat with the founders",
            ),
        ),
        {"Ruby on Rails": REQ, "PostgreSQL": REQ},
    ),
    (
        "su-why-join-us",
        job(
            "Data Engineer",
            (
                "Why join us",
                "- Our customers run their entire Snowflake spend through us\n"
                "- Our open-source SDK for Apache Kafka has 9,000 GitHub stars\n- Small team, "
                "huge impact",
            ),
            ("You'll need", "- Experience with Python\n- Experience with Apache Airflow"),
        ),
        {"Python": REQ, "Apache Airflow": REQ},
    ),
    (
        "su-our-values",
        job(
            "Platform Engineer",
            (
                "Our values",
                "Ship small. Write it down. We believe good engineering is "
                "boring: Postgres, not the database of the week; Terraform, not clicking "
                "around.",
            ),
            (
                "Requirements",
                "- Experience running Kubernetes\n- Experience with Amazon Web Services",
            ),
        ),
        {"Kubernetes": REQ, "Amazon Web Services": REQ},
    ),
    (
        "su-salary-benefits",
        job(
            "Data Analyst",
            ("Requirements", "- Strong SQL\n- Experience with Looker"),
            (
                "Salary and benefits",
                "EUR 55k-70k plus equity. 28 days holiday, a home "
                "office budget, and a Udemy account with courses on Python and Tableau.",
            ),
        ),
        {"SQL": REQ, "Looker": REQ},
    ),
    (
        "su-our-stack-deploy-tools",
        job(
            "Backend Engineer",
            (
                "Our stack",
                "Our services are written in Python and run against PostgreSQL "
                "and Redis. We deploy with Docker on Amazon Web Services.",
            ),
            ("Requirements", "- 3+ years of experience with Python"),
        ),
        {
            "Python": REQ,
            "PostgreSQL": REQ,
            "Redis": REQ,
            "Docker": PREF,
            "Amazon Web Services": PREF,
        },
    ),
    (
        "su-customers-logos",
        job(
            "Solutions Engineer",
            (
                "Our customers",
                "Teams at Shopify, Spotify and Monzo use our product to test "
                "their GraphQL and REST APIs.",
            ),
            (
                "Requirements",
                "- Experience with JavaScript\n- Experience talking to "
                "developers about their integrations",
            ),
        ),
        {"JavaScript": REQ},
    ),
    (
        "su-blog-and-talks",
        job(
            "Site Reliability Engineer",
            (
                "About the team",
                "Read how we cut our Elasticsearch bill in half on our "
                "engineering blog, or watch our talk on eBPF from KubeCon.",
            ),
            ("Requirements", "- Experience with Linux\n- Experience with Prometheus and Grafana"),
            ("Bonus points", "- Experience with Go"),
        ),
        {"Linux": REQ, "Prometheus": REQ, "Grafana": REQ, "Go": PREF},
    ),
    (
        "su-founders-bios",
        job(
            "Founding Engineer",
            (
                "The founders",
                "Ana previously led the Kafka team at Confluent; Tom was an "
                "early engineer at Databricks and wrote parts of Apache Spark.",
            ),
            (
                "What we look for",
                "- Experience with Java or Kotlin\n- Experience building distributed systems",
            ),
        ),
        {"Java": REQ, "Kotlin": REQ, "distributed systems": REQ},
    ),
    (
        "su-how-to-apply-github-link",
        job(
            "Rust Engineer",
            (
                "Requirements",
                "- Professional experience with Rust\n- Experience with Linux networking",
            ),
            (
                "How to apply",
                "Send a GitHub link and a few lines about a project you're "
                "proud of to jobs@example.com. We use Greenhouse to track applications.",
            ),
        ),
        {"Rust": REQ, "Linux": REQ, "networking": REQ},
    ),
    (
        "su-remote-tools",
        job(
            "Product Designer",
            ("Requirements", "- Experience with Figma\n- Experience running usability testing"),
            (
                "How we work",
                "We're remote-first. We write in Notion, talk on Slack, meet on "
                "Zoom and plan in Linear.",
            ),
        ),
        {"Figma": REQ, "usability testing": REQ},
    ),
    (
        "su-visa-sponsorship",
        job(
            "iOS Engineer",
            ("Requirements", "- Experience with Swift and SwiftUI"),
            (
                "Visa sponsorship",
                "We sponsor Skilled Worker visas and cover the fees. Last "
                "year we relocated engineers who had built Android apps in Kotlin and "
                "web apps in React.",
            ),
        ),
        {"Swift": REQ, "SwiftUI": REQ},
    ),
    (
        "su-role-summary-you-will-work-on",
        job(
            "Data Engineer",
            (
                "The role",
                "You will work on our ingestion pipelines, which run on Apache "
                "Kafka and land data in Snowflake.",
            ),
            ("Requirements", "- Experience with Python\n- Experience with SQL"),
        ),
        {"Python": REQ, "SQL": REQ, "Apache Kafka": PREF, "Snowflake": PREF},
    ),
    (
        "su-other-team-stack",
        job(
            "Android Engineer",
            (
                "About the team",
                "You'll join the mobile team of six. The web team next door "
                "builds in Vue.js and the data team owns our BigQuery warehouse.",
            ),
            ("Requirements", "- Experience with Kotlin\n- Experience with Jetpack Compose"),
        ),
        {"Kotlin": REQ, "Jetpack Compose": REQ},
    ),
    (
        "su-diversity-statement",
        job(
            "Machine Learning Engineer",
            (
                "Requirements",
                "- Experience with Python and scikit-learn\n- Experience "
                "deploying models to production",
            ),
            (
                "Diversity",
                "We sponsor PyLadies Berlin and host the Django Girls workshop "
                "in our office every spring.",
            ),
        ),
        {"Python": REQ, "scikit-learn": REQ, "model deployment": REQ},
    ),
    (
        "su-podcast",
        job(
            "Developer Advocate",
            (
                "About us",
                "Our CTO hosts The Changelog of Databases, a podcast about "
                "PostgreSQL, MySQL and SQLite.",
            ),
            ("Requirements", "- Experience speaking at meetups\n- Experience with TypeScript"),
        ),
        {"TypeScript": REQ},
    ),
    (
        "su-product-features",
        job(
            "Software Engineer, Editor",
            (
                "What we build",
                "Our editor gives you go to definition, instant search and "
                "live Git blame for every language from C to Haskell.",
            ),
            (
                "Requirements",
                "- Experience with TypeScript\n- Experience with Electron or "
                "similar desktop frameworks",
            ),
        ),
        {"TypeScript": REQ},
    ),
    (
        "su-acquired-history",
        job(
            "Senior Data Scientist",
            (
                "Our story",
                "We started as a Ruby on Rails consultancy in 2012, built a "
                "Hadoop analytics product in 2015 and were acquired in 2021.",
            ),
            ("Requirements", "- Experience with Python\n- Experience with A/B testing"),
            ("Nice to have", "- Experience with causal inference"),
        ),
        {"Python": REQ, "A/B testing": REQ, "causal inference": PREF},
    ),
    (
        "su-equity-and-hardware",
        job(
            "Embedded Engineer",
            ("Requirements", "- Experience with C\n- Experience with embedded Linux"),
            (
                "Perks",
                "Stock options, a hardware budget for Raspberry Pi and Arduino kits, "
                "and lunch every Friday.",
            ),
        ),
        {"C": REQ, "Linux": REQ},
    ),
    (
        "su-onboarding-learn",
        job(
            "Junior Developer",
            ("Requirements", "- Some experience with JavaScript\n- Experience with HTML and CSS"),
            (
                "Your first months",
                "We don't expect you to know Elixir: in your first month "
                "you'll pair with a mentor and learn it on the job.",
            ),
        ),
        {"JavaScript": REQ, "HTML": REQ, "CSS": REQ},
    ),
    (
        "su-press-and-awards",
        job(
            "DevOps Engineer",
            (
                "In the press",
                "Featured in TechCrunch for our Terraform cost-analysis tool; "
                "named one of the best places to work by Built In.",
            ),
            ("Requirements", "- Experience with Azure\n- Experience with Azure DevOps pipelines"),
        ),
        {"Microsoft Azure": REQ, "Azure DevOps": REQ, "Azure Pipelines": REQ},
    ),
    (
        "su-job-board-footer",
        job(
            "Data Scientist",
            ("Requirements", "- Experience with R or Python\n- Experience with statistics"),
            (
                "Apply",
                "Apply via our careers page on Lever. Questions? Find us on LinkedIn "
                "or in the #jobs channel of the Python Discord.",
            ),
        ),
        {"R": REQ, "Python": REQ, "statistics": REQ},
    ),
    (
        "su-team-rituals",
        job(
            "Backend Engineer",
            (
                "Life at the company",
                "Every Friday someone demos what they built, from a "
                "Rust rewrite of our CLI to a Grafana dashboard of the coffee machine.",
            ),
            ("Requirements", "- Experience with Node.js\n- Experience with MongoDB"),
            ("Nice to have", "- Experience with Redis"),
        ),
        {"Node.js": REQ, "MongoDB": REQ, "Redis": PREF},
    ),
    (
        "su-scale-up-numbers",
        job(
            "Staff Engineer",
            (
                "About us",
                "We process 2 billion events a day on Apache Kafka and serve 50,000 "
                "requests a second from our Elixir edge.",
            ),
            ("Requirements", "- Deep experience with Java\n- Experience designing microservices"),
        ),
        {"Java": REQ, "microservices": REQ},
    ),
]

README: list[tuple[str, str, dict[str, str]]] = [
    (
        "md-hiring-readme",
        "# We're hiring: Backend Engineer\n\n"
        "## About the project\n\nThis repository holds our Kubernetes operator and the "
        "Helm charts our users deploy it with.\n\n"
        "## What we're looking for\n\n- Experience writing Go\n- Experience with "
        "Kubernetes controllers\n\n"
        '## How to apply\n\nOpen an issue titled "Application" or email us a link to '
        "your GitHub profile.\n",
        {"Go": REQ, "Kubernetes": REQ},
    ),
    (
        "md-jobs-md-links",
        "# Jobs\n\n## Data Engineer (remote)\n\n"
        "We build [an ETL framework for Python](https://example.com/etl) used by "
        "hundreds of teams.\n\n"
        "### Requirements\n\n* Experience with SQL\n* Experience with Apache Airflow\n\n"
        "### Nice to have\n\n* Experience with dbt\n",
        {"SQL": REQ, "Apache Airflow": REQ, "dbt": PREF},
    ),
    (
        "md-contributors-welcome",
        "# Careers\n\n## Frontend Engineer\n\n"
        "Our dashboard is an open-source Vue.js app with 200 contributors; our API is "
        "a Flask service.\n\n"
        "**You have:**\n\n- Experience with TypeScript\n- Experience with Vue.js\n\n"
        "**Bonus:**\n\n- Experience with Jest\n",
        {"TypeScript": REQ, "Vue.js": REQ, "Jest": PREF},
    ),
    (
        "md-badges-and-ci",
        "# Hiring: Python Developer\n\n"
        "[![CI](https://github.com/example/app/actions/workflows/ci.yml/badge.svg)]"
        "(https://github.com/example/app/actions)\n\n"
        "## About\n\nWe maintain a data validation library for pandas.\n\n"
        "## Requirements\n\n- Experience with Python\n- Experience writing tests with "
        "pytest\n",
        {"Python": REQ, "automated testing": REQ, "pytest": REQ},
    ),
    (
        "md-company-handbook",
        "# Open role: SRE\n\n"
        "## About us\n\nWe are a co-operative of twelve engineers; our handbook is written "
        "in Markdown and built with Hugo. Clients hire us for AWS and GCP migrations.\n\n"
        "## You\n\n- Have run Linux servers in production\n- Know Ansible or Puppet\n\n"
        "## Pay\n\n£60,000 for everyone, whatever the role.\n",
        {"Linux": REQ, "Ansible": REQ, "Puppet": REQ},
    ),
    (
        "md-sponsors",
        "# Maintainer wanted\n\n"
        "## Sponsors\n\nThis project is sponsored by GitHub Sponsors, the Sovereign Tech "
        "Fund and companies that run it on Kubernetes.\n\n"
        "## Requirements\n\n- Strong Rust\n- Experience with WebAssembly\n\n"
        "## Preferred\n\n- Experience with C\n",
        {"Rust": REQ, "WebAssembly": REQ, "C": PREF},
    ),
    (
        "md-faq",
        "# Data Scientist\n\n"
        "## Requirements\n\n- Experience with Python\n- Experience with machine learning\n\n"
        "## FAQ\n\n**Do I need to know Julia?** No. Some of us write it for fun.\n\n"
        "**What is the interview?** A chat, a take-home in a Jupyter notebook and a "
        "review of it together.\n",
        {"Python": REQ, "machine learning": REQ},
    ),
    (
        "md-license-footer",
        "# Backend Engineer at Flowline\n\n"
        "## Requirements\n\n- Experience with Elixir\n- Experience with PostgreSQL\n\n"
        "## About this file\n\nThis posting is licensed CC BY 4.0. Edit it with a pull "
        "request; the site is built by GitHub Actions and served by GitHub Pages.\n",
        {"Elixir": REQ, "PostgreSQL": REQ},
    ),
]

MIXED: list[tuple[str, str, dict[str, str]]] = [
    (
        "mx-fed-duties-and-conditions",
        job(
            "IT Specialist (DATAMGT/APPSW)",
            (
                "Duties",
                "- Maintain Python scripts that load data into Snowflake\n- Review "
                "data quality with program staff",
            ),
            ("Specialized Experience", "Experience with SQL and with Python."),
            (
                "Conditions of Employment",
                "Must be a U.S. citizen. Must complete a "
                "one-year probationary period. A GitHub account is not required.",
            ),
        ),
        {"Python": REQ, "Snowflake": REQ, "data quality": REQ, "SQL": REQ},
    ),
    (
        "mx-uk-university-about-school",
        job(
            "Teaching Fellow in Data Science",
            (
                "About the School",
                "The School of Mathematics runs one of the largest MSc "
                "programmes in statistics in Europe, taught with R, Python and SAS.",
            ),
            ("Main duties", "Teach undergraduate modules in data science using Python."),
            (
                "Person specification",
                "Essential: experience teaching Python. Desirable: "
                "experience with Jupyter notebooks.",
            ),
        ),
        {"Python": REQ, "Jupyter": PREF},
    ),
    (
        "mx-startup-customers-quotes",
        job(
            "Customer Success Engineer",
            (
                "What customers say",
                '"We replaced three Airflow servers with one config '
                'file." - Head of Data at a fintech',
            ),
            ("Requirements", "- Experience with SQL\n- Experience with Python scripting"),
        ),
        {"SQL": REQ, "Python": REQ},
    ),
    (
        "mx-eu-we-offer-hardware",
        job(
            "Research Engineer in Robotics",
            ("Your profile", "- Experience with ROS\n- Experience with C++"),
            (
                "We offer",
                "A lab with three robot arms, access to a cluster with CUDA-capable "
                "GPUs, and MATLAB licences for everyone.",
            ),
        ),
        {"ROS": REQ, "C++": REQ},
    ),
    (
        "mx-nonprofit-about-tech-for-good",
        job(
            "Volunteer Engagement Developer",
            (
                "About us",
                "We run the largest tech-for-good community in the country: 5,000 "
                "volunteers who build Django and React apps for small charities.",
            ),
            ("You will need", "- Experience with PHP\n- Experience with Laravel"),
            ("Nice to have", "- Experience with Vue.js"),
        ),
        {"PHP": REQ, "Laravel": REQ, "Vue.js": PREF},
    ),
    (
        "mx-startup-stack-other-teams",
        job(
            "Mobile Engineer",
            (
                "About us",
                "We make a budgeting app used by two million households in "
                "Spain and Portugal, and we have been profitable since 2022.",
            ),
            (
                "Our stack",
                "Mobile: Swift and Kotlin. The backend team writes Go against PostgreSQL.",
            ),
            ("Requirements", "- Experience shipping iOS apps in Swift"),
        ),
        {"Swift": REQ, "Kotlin": REQ, "iOS": REQ},
    ),
    (
        "mx-uk-cs-about-the-job-history",
        job(
            "Senior Data Engineer",
            (
                "About the job",
                "In 2020 the department moved its statistics production from "
                "SAS to R. Last year it started migrating warehouse jobs to Databricks.",
            ),
            ("Essential criteria", "- Experience with Apache Spark\n- Experience with Python"),
        ),
        {"Apache Spark": REQ, "Python": REQ},
    ),
    (
        "mx-startup-open-source-you-will",
        job(
            "Developer Experience Engineer",
            ("About us", "We maintain an open-source Python SDK and a Terraform provider."),
            ("The role", "You will maintain the Terraform provider and write its docs."),
            ("Requirements", "- Experience with Go\n- Experience with Terraform"),
        ),
        {"Go": REQ, "Terraform": REQ},
    ),
    (
        "mx-fed-summary-program-office",
        job(
            "Supervisory Data Scientist",
            (
                "Summary",
                "The Office of Data Science supports the agency's migration from "
                "Hadoop to Databricks and runs a machine learning community of practice.",
            ),
            (
                "Specialized Experience",
                "Experience leading teams that build models in "
                "Python, and experience with natural language processing.",
            ),
        ),
        {"Python": REQ, "natural language processing": REQ},
    ),
    (
        "mx-readme-team-page",
        "# Join us\n\n## Team\n\n- **Ada** - maintainer of our Rust parser\n- **Lin** - "
        "writes our Terraform modules\n\n## Open role: Data Analyst\n\n### You have\n\n"
        "- Experience with SQL\n- Experience with Metabase or Looker\n",
        {"SQL": REQ, "Metabase": REQ, "Looker": REQ},
    ),
    (
        "mx-uk-nhs-working-pattern",
        job(
            "Business Intelligence Developer, Band 6",
            (
                "Working pattern",
                "Full time, 37.5 hours. Agile working is supported; staff "
                "use Microsoft Teams from home.",
            ),
            (
                "Person specification",
                "Essential: experience with Microsoft SQL Server "
                "Reporting Services. Desirable: experience with DAX.",
            ),
        ),
        {"Microsoft SQL Server Reporting Services": REQ, "DAX": PREF},
    ),
    (
        "mx-eu-helmholtz-about",
        job(
            "IT Administrator",
            (
                "About us",
                "Our centre operates JUWELS, one of Europe's fastest "
                "supercomputers, which researchers program in Fortran, C++ and Python.",
            ),
            ("Your tasks", "Administer our VMware environment and Linux servers."),
            ("Your profile", "- Experience with VMware\n- Experience with Linux"),
        ),
        {"VMware": REQ, "Linux": REQ},
    ),
    (
        "mx-startup-hiring-bar",
        job(
            "Data Scientist",
            ("Requirements", "- Experience with Python\n- Experience with SQL"),
            (
                "What the interview looks like",
                "You'll get a small dataset and two hours "
                "to explore it in pandas or R, then walk us through what you found.",
            ),
        ),
        {"Python": REQ, "SQL": REQ},
    ),
    (
        "mx-nonprofit-grants-language",
        job(
            "Grants Data Coordinator",
            (
                "About the role",
                "The role sits in the development team, which manages grants in Salesforce.",
            ),
            ("Requirements", "- Experience with Microsoft Excel\n- Experience with Microsoft Word"),
        ),
        {"Microsoft Excel": REQ, "Microsoft Word": REQ},
    ),
    (
        "mx-startup-investors-angel-list",
        job(
            "Backend Engineer",
            (
                "About us",
                "We help small bakeries order flour, pay suppliers and plan "
                "their week. Forty people, one office in Lyon.",
            ),
            (
                "Backed by",
                "Sequoia, Y Combinator, and the founders of GitLab, HashiCorp and Docker.",
            ),
            ("Requirements", "- Experience with Python and FastAPI\n- Experience with PostgreSQL"),
        ),
        {"Python": REQ, "FastAPI": REQ, "PostgreSQL": REQ},
    ),
    (
        "mx-uk-university-research-group",
        job(
            "Research Assistant",
            (
                "The research group",
                "The group studies urban mobility with large GPS "
                "datasets processed in Apache Spark and visualised with D3.js.",
            ),
            (
                "Essential criteria",
                "- Experience with Python\n- Experience with geospatial analysis",
            ),
        ),
        {"Python": REQ, "geospatial analysis": REQ},
    ),
    (
        "mx-startup-community",
        job(
            "Community Engineer",
            (
                "Our community",
                "Our Discord has 20,000 members who ask about Next.js, "
                "Svelte and Tailwind CSS every day.",
            ),
            ("Requirements", "- Experience with JavaScript\n- Experience with Node.js"),
        ),
        {"JavaScript": REQ, "Node.js": REQ},
    ),
    (
        "mx-fed-key-requirements",
        job(
            "IT Cybersecurity Specialist",
            (
                "Summary",
                "This position is located in the Office of the Chief "
                "Information Officer, which protects the systems that pay veterans' "
                "benefits.",
            ),
            (
                "Key Requirements",
                "- U.S. Citizenship\n- Suitability for federal employment\n- Direct deposit",
            ),
            ("Specialized Experience", "Experience with Splunk and with scripting in Python."),
        ),
        {"Splunk": REQ, "Python": REQ},
    ),
    (
        "mx-eu-about-city",
        job(
            "Full-Stack Developer",
            (
                "Living in Delft",
                "Delft is a small city with a big tech scene: its "
                "meetups cover Rust, Kotlin and Elixir.",
            ),
            ("Your profile", "- Experience with Java\n- Experience with Angular"),
        ),
        {"Java": REQ, "Angular": REQ},
    ),
]

# A section that names nothing, for postings otherwise shorter than a scan reads.
_WHERE = (
    "Location",
    "Hybrid: two days a week in our Leeds office, the rest from home, with core hours "
    "from ten to four.",
)

# Company, benefit and hiring text with no heading of its own: the opening paragraph before
# the first heading, a paragraph after the last list, a label inside a line ("Perks: ...").
UNHEADED: list[tuple[str, str, dict[str, str]]] = [
    (
        "uh-intro-product-paragraph",
        job(
            "Backend Engineer\nPipewell is a Kubernetes-native CI service. Thousands of teams "
            "run their Terraform plans and Docker builds on it every day.",
            ("Requirements", "- Experience with Go\n- Experience with PostgreSQL"),
        ),
        {"Go": REQ, "PostgreSQL": REQ},
    ),
    (
        "uh-trailing-eeo-paragraph",
        job(
            "Data Analyst",
            (
                "Requirements",
                "- Experience with SQL\n- Experience with Tableau\n\nAcme is an "
                "equal opportunity employer. We were founded by two former Python core "
                "developers and are backed by Accel.",
            ),
        ),
        {"SQL": REQ, "Tableau": REQ},
    ),
    (
        "uh-trailing-benefits-paragraph",
        job(
            "Frontend Engineer",
            (
                "What you bring",
                "- Experience with React\n- Experience with TypeScript\n\n"
                "We offer a yearly learning budget, which our engineers spend on courses in "
                "Rust, Go and Kubernetes.",
            ),
        ),
        {"React": REQ, "TypeScript": REQ},
    ),
    (
        "uh-inline-perks-label",
        job(
            "Data Engineer",
            ("Requirements", "- Experience with Python\n- Experience with dbt"),
            (
                "Details",
                "Location: Berlin or remote. Perks: free tickets to PyData and a "
                "Snowflake certification paid for. Salary: EUR 70-85k.",
            ),
        ),
        {"Python": REQ, "dbt": REQ},
    ),
    (
        "uh-intro-funding-sentence",
        job(
            "ML Engineer\nWe just closed a $25M Series A to bring PyTorch models to "
            "hospitals. Our investors include the founders of Hugging Face and Databricks.",
            ("You have", "- Experience with Python\n- Experience with computer vision"),
        ),
        {"Python": REQ, "computer vision": REQ},
    ),
    (
        "uh-intro-customers",
        job(
            "Solutions Architect\nOur customers run Apache Kafka, Apache Spark and "
            "Elasticsearch on our managed platform, across all three major clouds.",
            ("Requirements", "- Experience with Java\n- Experience with Linux"),
        ),
        {"Java": REQ, "Linux": REQ},
    ),
    (
        "uh-intro-open-source",
        job(
            "Developer Advocate\nWe are the company behind Quarkbase, the open-source Rust "
            "database with 30,000 GitHub stars and clients for Python, Go and Node.js.",
            ("Requirements", "- Experience with JavaScript\n- Experience giving talks"),
        ),
        {"JavaScript": REQ},
    ),
    (
        "uh-trailing-apply-line",
        job(
            "DevOps Engineer",
            (
                "Requirements",
                "- Experience with Ansible\n- Experience with Jenkins\n\nTo "
                "apply, send your CV and a link to your GitHub profile to jobs@example.com.",
            ),
        ),
        {"Ansible": REQ, "Jenkins": REQ},
    ),
    (
        "uh-trailing-interview-line",
        job(
            "Backend Engineer",
            _WHERE,
            (
                "Requirements",
                "- Experience with Ruby\n- Experience with Redis\n\nOur "
                "interview includes a 90-minute pairing exercise in Python or Ruby.",
            ),
        ),
        {"Ruby": REQ, "Redis": REQ},
    ),
    (
        "uh-trailing-visa-salary",
        job(
            "Data Scientist",
            (
                "Requirements",
                "- Experience with R\n- Experience with SQL\n\nSalary: "
                "£55,000. We can sponsor visas. Our analysts use Python, Stata and SAS across "
                "other teams.",
            ),
        ),
        {"R": REQ, "SQL": REQ},
    ),
    (
        "uh-intro-team-bios",
        job(
            "Research Software Engineer\nYou'll join Priya, who maintains the NumPy "
            "documentation, and Tom, who wrote a book on Julia.",
            ("Essential criteria", "- Experience with Python\n- Experience with Git"),
        ),
        {"Python": REQ, "Git": REQ},
    ),
    (
        "uh-intro-podcast-blog",
        job(
            "Site Reliability Engineer\nYou may know us from the Kubernetes Podcast or our "
            "blog series on running PostgreSQL at scale.",
            ("Requirements", "- Experience with Linux\n- Experience with Terraform"),
        ),
        {"Linux": REQ, "Terraform": REQ},
    ),
    (
        "uh-intro-mission-charity",
        job(
            "Data Officer\nWe are a children's charity. Since 2015 we have taught coding in "
            "Python and Scratch to 40,000 pupils.",
            ("Essential", "- Experience with Microsoft Excel\n- Experience with Salesforce"),
        ),
        {"Microsoft Excel": REQ, "Salesforce": REQ},
    ),
    (
        "uh-trailing-diversity",
        job(
            "Software Engineer",
            (
                "Requirements",
                "- Experience with C#\n- Experience with .NET\n\nWe welcome "
                "applications from everyone and run a mentoring scheme with Women Who Code, "
                "including its Java and Python study groups.",
            ),
        ),
        {"C#": REQ, ".NET": REQ},
    ),
    (
        "uh-intro-awards",
        job(
            "Data Engineer\nNamed the best Snowflake partner of 2024 and a Databricks "
            "innovation award winner.",
            _WHERE,
            ("Requirements", "- Experience with Python\n- Experience with Apache Airflow"),
        ),
        {"Python": REQ, "Apache Airflow": REQ},
    ),
    (
        "uh-intro-federal-agency",
        job(
            "IT Specialist (APPSW)\nThe Bureau's Office of Technology runs the nation's "
            "largest Salesforce and ServiceNow deployments.",
            ("Specialized Experience", "Experience developing software in Java and JavaScript."),
        ),
        {"Java": REQ, "JavaScript": REQ},
    ),
    (
        "uh-trailing-remote-tools",
        job(
            "Product Manager",
            _WHERE,
            (
                "Requirements",
                "- Experience with Jira\n- Experience with SQL\n\nWe are "
                "fully remote and work in Slack, Zoom and Notion.",
            ),
        ),
        {"Jira": REQ, "SQL": REQ},
    ),
    (
        "uh-trailing-learning-budget-bullets",
        job(
            "Cloud Engineer",
            ("Requirements", "- Experience with Amazon Web Services\n- Experience with Terraform"),
            (
                "Benefits",
                "- 30 days holiday\n- A learning budget for Azure and Google Cloud "
                "Platform certifications",
            ),
        ),
        {"Amazon Web Services": REQ, "Terraform": REQ},
    ),
    (
        "uh-heading-with-company-name",
        job(
            "Backend Engineer",
            (
                "Why Lumen?",
                "Lumen's engineers wrote the Kafka client most Go teams use, and "
                "speak at GopherCon every year.",
            ),
            ("Requirements", "- Experience with Python\n- Experience with Django"),
        ),
        {"Python": REQ, "Django": REQ},
    ),
    (
        "uh-life-at-company",
        job(
            "Data Analyst",
            (
                "Life at Fernhill",
                "Friday demos, a book club that just read a book on "
                "Apache Spark, and a Tableau user group we host each month.",
            ),
            ("Requirements", "- Experience with SQL\n- Experience with Looker"),
        ),
        {"SQL": REQ, "Looker": REQ},
    ),
    (
        "uh-readme-no-headings",
        "# Hiring\n\nWe're a small studio that builds Elixir apps for newsrooms; our "
        "open-source Phoenix components run on hundreds of sites.\n\n"
        "We're looking for someone with:\n\n- Experience with Elixir\n- Experience with "
        "PostgreSQL\n\nEmail hello@example.com.\n",
        {"Elixir": REQ, "PostgreSQL": REQ},
    ),
    (
        "uh-readme-trailing-links",
        "# Open position: Data Engineer\n\n## Requirements\n\n- Python\n- Apache Airflow\n\n"
        "See also: [our Kafka connectors](https://github.com/example/kafka-connectors), "
        "[our Spark talk](https://example.com/talks/spark).\n",
        {"Python": REQ, "Apache Airflow": REQ},
    ),
    (
        "uh-trailing-company-stack-sentence",
        job(
            "QA Engineer",
            (
                "Requirements",
                "- Experience with Cypress\n- Experience with JavaScript\n\n"
                "Elsewhere in the company, the data team works in Scala and the platform team "
                "runs Kubernetes.",
            ),
        ),
        {"Cypress": REQ, "JavaScript": REQ},
    ),
    (
        "uh-uk-trailing-security",
        job(
            "Software Developer",
            (
                "Essential criteria",
                "- Experience with Java\n- Experience with Spring Boot\n\n"
                "Successful candidates must pass a disclosure and barring security check. "
                "Our Salesforce estate is run by a supplier.",
            ),
        ),
        {"Java": REQ, "Spring Boot": REQ},
    ),
    (
        "uh-eu-intro-institute",
        job(
            "Postdoc in Computational Chemistry\nThe institute's theory department develops "
            "FHI-aims and other codes written in FORTRAN and C++.",
            (
                "Your profile",
                "- PhD in a relevant subject\n- Experience with Python\n- "
                "Experience with high-performance computing is an advantage",
            ),
        ),
        {"Python": REQ, "high-performance computing": PREF},
    ),
    (
        "uh-pitch-you-can",
        job(
            "Data Engineer\nWith Streamline you can load Salesforce and HubSpot data into "
            "BigQuery in minutes.",
            _WHERE,
            ("Requirements", "- Experience with Python\n- Experience with SQL"),
        ),
        {"Python": REQ, "SQL": REQ},
    ),
    (
        "uh-intro-you-will-stack",
        job(
            "Backend Engineer\nYou will build the services behind our checkout in Go, "
            "running on Kubernetes.",
            _WHERE,
            ("Requirements", "- 3+ years with Go\n- Experience with PostgreSQL"),
        ),
        {"Go": REQ, "Kubernetes": PREF, "PostgreSQL": REQ},
    ),
    (
        "uh-trailing-no-need",
        job(
            "Data Analyst",
            _WHERE,
            (
                "Requirements",
                "- Experience with SQL\n- Experience with Microsoft Excel\n\n"
                "You don't need to know Python or R; we'll teach you.",
            ),
        ),
        {"SQL": REQ, "Microsoft Excel": REQ},
    ),
    (
        "uh-intro-history",
        job(
            "Platform Engineer\nFounded in 2009 as a PHP agency, we rebuilt our platform in "
            "Scala in 2016 and moved it to Google Cloud Platform in 2021.",
            ("Requirements", "- Experience with Kubernetes\n- Experience with Helm"),
        ),
        {"Kubernetes": REQ, "Helm": REQ},
    ),
    (
        "uh-intro-users",
        job(
            "Mobile Engineer\nMore than a million Android and iOS users track their runs "
            "with our app.",
            _WHERE,
            ("Requirements", "- Experience with Kotlin\n- Experience with Swift"),
        ),
        {"Kotlin": REQ, "Swift": REQ},
    ),
]

ALL = FEDERAL + UK + EU + NONPROFIT + STARTUP + README + MIXED + UNHEADED

# Probes the scanner still reads wrongly, with the reason (strict: a fix must remove the mark).
KNOWN: dict[str, str] = {
    "fed-education-substitution": (
        "a lone R at the end of a long clause has no context word near enough to count, and "
        "courses that 'may count toward' a degree read as asked"
    ),
    "mx-startup-stack-other-teams": (
        "a stack section naming the mobile and the backend team's tools is read whole as "
        "preferred, the other team's too, and 'iOS apps' is not read as iOS"
    ),
    "uh-eu-intro-institute": (
        "an opening sentence on the codes an institute develops 'written in FORTRAN and C++' "
        "reads as the job's stack (the guide's stack rule), not as what the employer does"
    ),
    "mx-nonprofit-grants-language": (
        "the tool of the team a role 'sits in' is read as asked: the guide leaves what a team "
        "does out, the scanner counts the own team's stack"
    ),
}


def _params() -> list[pytest.ParameterSet]:
    return probe_params(ALL, KNOWN)


def test_probe_ids_are_unique_and_known_failures_exist() -> None:
    ids = [probe[0] for probe in ALL]
    assert len(ids) == len(set(ids))
    assert set(KNOWN) <= set(ids)
    assert len(KNOWN) * 10 <= len(ids)


@pytest.mark.parametrize(("text", "expected"), _params())
def test_posting_gives_exactly_the_asked_skills_at_their_level(
    text: str, expected: dict[str, str]
) -> None:
    assert levels(text) == expected


@pytest.mark.parametrize(
    ("line", "part"),
    [
        ("Person specification", "required"),
        ("What we expect from you:", "required"),
        ("## You", "required"),
        ("Would be an advantage:", "preferred"),
        ("The Department", "about"),
        ("**Key facts**", "about"),
        ("Things you need to know", "about"),
        ("Training provider", "about"),
        ("Frequently asked questions", "about"),
        ("## Team", "about"),
        ("What you'll get", "about"),
        # a bulleted item of a list, and a line that only shares a heading's words
        ("- Training and development", None),
        ("* Contact", None),
        ("The team projects are:", None),
        ("Research projects in Python", None),
    ],
)
def test_whole_line_headings_open_their_parts(line: str, part: str | None) -> None:
    assert job_heading(line) == part


_FILL = "We are a public research institute in Bremen with three hundred staff and a small IT team."


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("Knowledge of MATLAB is an advantage.", "preferred"),
        ("Experience with PostGIS would be an asset.", "preferred"),
        ("Experience with Docker is advantageous.", "preferred"),
        ("Experience with Python to take advantage of our cluster.", "required"),
        # a hostile line: 16,000 "an" between the verb and "advantage" make no wish
        ("Experience with Python is " + "an " * 16_000 + "advantage.", "required"),
    ],
)
def test_an_advantage_is_a_wish(sentence: str, part: str) -> None:
    job = parse_job(f"Research Engineer\n{_FILL}\nYour profile\n{sentence}\n")
    asked = [s for s in job.sentences if s.text.startswith("Experience") or "MATLAB" in s.text]
    assert [s.part for s in asked] == [part]


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        (
            "You'll join Priya, who maintains the NumPy docs, and Tom, who wrote a Julia book.",
            "company",
        ),
        ("You'll work with Sam, who will help you learn Python in your first month.", None),
        # a tool told by what it is, in a duty, is no colleague
        ("You will maintain Airflow, our scheduler built in-house, and its Spark jobs.", None),
        ("Extend Django, a framework our team contributed to, with new admin tools.", None),
        # hostile lines: a name and a comma before 50,000 characters, with and without a bio
        ("You'll join Ab, a " + "x-" * 25_000 + " maintainer of the Python docs.", "company"),
        ("You'll join Ab, who " + "x " * 25_000 + "wrote Python.", None),
    ],
)
def test_a_colleague_s_bio_asks_for_nothing(sentence: str, reason: str | None) -> None:
    assert sentence_reason(sentence, "required") == reason


def test_a_paragraph_after_the_list_of_asks_is_read_like_text_under_no_heading() -> None:
    """It counts only when it speaks to the candidate; bullets that alternate with
    paragraphs keep their paragraphs in the section."""
    closing = "Our Salesforce estate is run by a supplier.\n"
    asks = "Requirements\n- Experience with Java\n- Experience with Spring Boot\n\n"
    assert levels(f"Software Developer\n{_FILL}\n{asks}{closing}") == {
        "Java": REQ,
        "Spring Boot": REQ,
    }
    also = "You will also use Salesforce every day.\n"
    assert levels(f"Software Developer\n{_FILL}\n{asks}{also}")["Salesforce"] == REQ


def test_people_and_team_inside_the_duties_group_them_and_ask() -> None:
    """A lead's duties grouped "Strategy", "People", "Delivery": the "People" bullets are
    duties; "Team" over a paragraph still tells about the employer."""
    duties = (
        "Key responsibilities\nStrategy\n- Set the data strategy for the charity.\n"
        "People\n- Line-manage three data engineers.\n- Coach the team in Python and dbt.\n"
        "Delivery\n- Run the Airflow platform.\n"
    )
    assert levels(f"Head of Data\n{_FILL}\n{duties}") == {
        "Python": REQ,
        "dbt": REQ,
        "Apache Airflow": REQ,
    }
    team = "Team\nOur analysts built the Tableau estate the institute runs on.\n"
    assert "Tableau" not in levels(f"Head of Data\n{_FILL}\n{duties}{team}")
