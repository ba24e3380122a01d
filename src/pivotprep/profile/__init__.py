"""The candidate: background, target role, company sizes, weekly hours, timeline."""
