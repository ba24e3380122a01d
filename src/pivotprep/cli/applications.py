"""`pivotprep jobs`: targeted applications and networking.

    pivotprep jobs company add "Acme Analytics" --size 50-500 --role "Data engineer"
    pivotprep jobs research acme --edit
    pivotprep jobs contacts import Connections.csv
    pivotprep jobs paths acme --json
    pivotprep jobs apply acme --role "Data engineer" --channel referral
    pivotprep jobs stage 1 applied
    pivotprep jobs funnel

The commands live in `applications_companies` (targets, research, posting, scan),
`applications_network` (contacts, paths, outreach, due) and `applications_tracking`
(applications, funnel, CSV); this module registers them in the order `--help` lists them.
"""

from __future__ import annotations

import typer

from pivotprep.cli import applications_companies as companies
from pivotprep.cli import applications_network as network
from pivotprep.cli import applications_tracking as tracking

app = typer.Typer(
    no_args_is_help=True,
    help="Targeted applications: companies, research, warm paths, outreach, the funnel.",
)

app.command("status")(tracking.status)
app.add_typer(companies.company_app, name="company")
app.command("research")(companies.research)
app.command("posting")(companies.posting)
app.command("scan")(companies.scan)
app.add_typer(network.contacts_app, name="contacts")
app.command("paths")(network.paths)
app.command("background")(network.background)
app.add_typer(network.outreach_app, name="outreach")
app.command("due")(network.due)
app.command("apply")(tracking.apply)
app.command("stage")(tracking.stage)
app.command("list")(tracking.list_)
app.command("show")(tracking.show)
app.command("search")(tracking.search)
app.command("funnel")(tracking.funnel)
app.command("export")(tracking.export)
app.command("import")(tracking.import_)
