"""Compares only 'every even day' with 'every odd day', missing plans that skip two days."""


def best_shift_pay(pay):
    return max(sum(pay[0::2]), sum(pay[1::2]))
