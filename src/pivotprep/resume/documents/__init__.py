"""Reading resumes: PDF, DOCX, text and Markdown into numbered lines, sections, dates,
contact details and positions, within the size and safety limits (`limits.py`)."""
