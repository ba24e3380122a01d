"""Diagrams written as text in a Mermaid flowchart subset: parsed, laid out, drawn as SVG."""
