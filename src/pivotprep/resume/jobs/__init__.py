"""Reading job postings: the title, the part each sentence belongs to (required, preferred,
responsibilities, company blurb) and the hiring company's name."""
